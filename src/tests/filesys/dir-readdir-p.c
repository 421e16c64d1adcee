/* dir-readdir, then a reboot: what it left is still there. */
#define TEST_NAME "dir-readdir-p"
#include "tests/filesys/dir-readdir.c"
