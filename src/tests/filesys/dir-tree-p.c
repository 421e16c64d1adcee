/* dir-tree, then a reboot: what it left is still there. */
#define TEST_NAME "dir-tree-p"
#include "tests/filesys/dir-tree.c"
