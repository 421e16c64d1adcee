/* grow-doubly, then a reboot: the file is still there, byte for byte. */
#define TEST_NAME "grow-doubly-p"
#include "tests/filesys/grow-doubly.c"
