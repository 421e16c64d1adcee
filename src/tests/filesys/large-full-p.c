/* large-full, then a reboot: the file is still there, byte for byte. */
#define TEST_NAME "large-full-p"
#include "tests/filesys/large-full.c"
