/* large-seq, then a reboot: the file is still there, byte for byte. */
#define TEST_NAME "large-seq-p"
#include "tests/filesys/large-seq.c"
