/* crash-extend with the power cut after 150 writes. */
#define TEST_NAME "crash-extend-2"
#include "tests/filesys/crash-extend.c"
