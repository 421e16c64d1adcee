/* The kernel's debug_panic, as host unit tests supply it: see
   host-panic.c. */
#ifndef TESTS_LIB_HOST_PANIC_H
#define TESTS_LIB_HOST_PANIC_H

#include <stdbool.h>

/* Set where a panic is what the test expects: the message is left out. */
extern bool host_panic_quiet;

#endif /* tests/lib/host-panic.h */
