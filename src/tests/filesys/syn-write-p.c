/* syn-write, then a reboot: what it left is still there. */
#define TEST_NAME "syn-write-p"
#include "tests/filesys/syn-write.c"
