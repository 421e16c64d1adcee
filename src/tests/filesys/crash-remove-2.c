/* crash-remove with the power cut after 120 writes. */
#define TEST_NAME "crash-remove-2"
#include "tests/filesys/crash-remove.c"
