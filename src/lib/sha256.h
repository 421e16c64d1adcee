/* SHA-256 (FIPS 180-4): a 32-byte digest of any number of bytes, fed in
   pieces of any size. The same bytes give the same digest however they
   are split. */
#ifndef LIB_SHA256_H
#define LIB_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_DIGEST_SIZE 32
#define SHA256_BLOCK_SIZE 64

struct sha256_ctx
  {
    uint32_t state[8];          /* The hash so far, H0..H7. */
    uint64_t length;            /* Bytes fed in so far. */
    uint8_t block[SHA256_BLOCK_SIZE];   /* The block being filled... */
    size_t used;                /* ...and how many bytes it holds. */
  };

void sha256_init (struct sha256_ctx *);
void sha256_update (struct sha256_ctx *, const void *data, size_t size);
void sha256_final (struct sha256_ctx *, uint8_t digest[SHA256_DIGEST_SIZE]);

/* The digest of SIZE bytes at DATA, in one call. */
void sha256 (const void *data, size_t size, uint8_t digest[SHA256_DIGEST_SIZE]);

#endif /* lib/sha256.h */
