/* crash-mkdir with the power cut after 70 writes. */
#define TEST_NAME "crash-mkdir-2"
#include "tests/filesys/crash-mkdir.c"
