/* small-seq, then a reboot: the file is still there, byte for byte. */
#define TEST_NAME "small-seq-p"
#include "tests/filesys/small-seq.c"
