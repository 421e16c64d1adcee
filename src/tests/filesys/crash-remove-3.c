/* crash-remove with the power cut after 200 writes. */
#define TEST_NAME "crash-remove-3"
#include "tests/filesys/crash-remove.c"
