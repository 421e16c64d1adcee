/* The kernel's allocator interface, as hash.c and bitmap.c use it, for
   the host build of the library tests: the same declarations, which the
   host's C library satisfies (and AddressSanitizer watches). */
#ifndef THREADS_MALLOC_H
#define THREADS_MALLOC_H

#include <stddef.h>

void *malloc (size_t);
void *calloc (size_t, size_t);
void *realloc (void *, size_t);
void free (void *);

#endif /* threads/malloc.h */
