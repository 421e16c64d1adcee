/* grow-dir, then a reboot: what it left is still there. */
#define TEST_NAME "grow-dir-p"
#include "tests/filesys/grow-dir.c"
