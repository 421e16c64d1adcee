/* crash-write with the power cut after 300 writes. */
#define TEST_NAME "crash-write-3"
#include "tests/filesys/crash-write.c"
