/* dir-mkdir, then a reboot: what it left is still there. */
#define TEST_NAME "dir-mkdir-p"
#include "tests/filesys/dir-mkdir.c"
