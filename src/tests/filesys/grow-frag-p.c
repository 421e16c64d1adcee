/* grow-frag, then a reboot: what it left is still there. */
#define TEST_NAME "grow-frag-p"
#include "tests/filesys/grow-frag.c"
