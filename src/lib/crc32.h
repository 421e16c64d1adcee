/* CRC-32 as Ethernet, zlib and PNG compute it: catches every burst of
   errors up to 32 bits long, so the IPIIS link uses it on every frame. */
#ifndef LIB_CRC32_H
#define LIB_CRC32_H

#include <stddef.h>
#include <stdint.h>

/* The CRC of SIZE bytes at DATA, continuing from CRC (0 to start). */
uint32_t crc32_update (uint32_t crc, const void *data, size_t size);

#endif /* lib/crc32.h */
