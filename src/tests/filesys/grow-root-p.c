/* grow-root, then a reboot: what it left is still there. */
#define TEST_NAME "grow-root-p"
#include "tests/filesys/grow-root.c"
