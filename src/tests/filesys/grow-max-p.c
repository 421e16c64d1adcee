/* grow-max, then a reboot: what it left is still there. */
#define TEST_NAME "grow-max-p"
#include "tests/filesys/grow-max.c"
