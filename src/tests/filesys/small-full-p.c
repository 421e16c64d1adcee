/* small-full, then a reboot: the file is still there, byte for byte. */
#define TEST_NAME "small-full-p"
#include "tests/filesys/small-full.c"
