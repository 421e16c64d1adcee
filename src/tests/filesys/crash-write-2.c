/* crash-write with the power cut after 110 writes. */
#define TEST_NAME "crash-write-2"
#include "tests/filesys/crash-write.c"
