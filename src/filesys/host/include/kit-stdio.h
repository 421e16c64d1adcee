/* The one function of the kit's stdio.h that the host's lacks, declared
   for the kernel files that use it (hostops.c supplies it). */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void hex_dump (uintptr_t offset, const void *buf, size_t size, bool ascii);
