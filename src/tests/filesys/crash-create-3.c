/* crash-create with the power cut after 95 writes. */
#define TEST_NAME "crash-create-3"
#include "tests/filesys/crash-create.c"
