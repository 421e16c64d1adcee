/* crash-create with the power cut after 40 writes. */
#define TEST_NAME "crash-create-2"
#include "tests/filesys/crash-create.c"
