/* grow-seek, then a reboot: what it left is still there. */
#define TEST_NAME "grow-seek-p"
#include "tests/filesys/grow-seek.c"
