/* Host stand-in for the kernel's threads/malloc.h: the C library's
   allocator, which the sanitizers watch for leaks and misuse. */
#include <stdlib.h>
