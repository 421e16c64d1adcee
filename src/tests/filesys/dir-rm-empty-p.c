/* dir-rm-empty, then a reboot: what it left is still there. */
#define TEST_NAME "dir-rm-empty-p"
#include "tests/filesys/dir-rm-empty.c"
