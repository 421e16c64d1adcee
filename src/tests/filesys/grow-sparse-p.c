/* grow-sparse, then a reboot: what it left is still there. */
#define TEST_NAME "grow-sparse-p"
#include "tests/filesys/grow-sparse.c"
