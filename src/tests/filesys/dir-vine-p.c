/* dir-vine, then a reboot: what it left is still there. */
#define TEST_NAME "dir-vine-p"
#include "tests/filesys/dir-vine.c"
