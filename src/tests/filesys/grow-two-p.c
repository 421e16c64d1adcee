/* grow-two, then a reboot: what it left is still there. */
#define TEST_NAME "grow-two-p"
#include "tests/filesys/grow-two.c"
