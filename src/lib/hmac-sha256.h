/* HMAC-SHA-256 (RFC 2104 with SHA-256): a 32-byte code that proves a
   message came from someone holding the key and was not changed. */
#ifndef LIB_HMAC_SHA256_H
#define LIB_HMAC_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sha256.h"

#define HMAC_SHA256_SIZE SHA256_DIGEST_SIZE

struct hmac_sha256_ctx
  {
    struct sha256_ctx inner;    /* H((K ^ ipad) || message...) */
    uint8_t outer_pad[SHA256_BLOCK_SIZE];   /* K ^ opad. */
  };

void hmac_sha256_init (struct hmac_sha256_ctx *, const void *key, size_t key_size);
void hmac_sha256_update (struct hmac_sha256_ctx *, const void *data, size_t size);
void hmac_sha256_final (struct hmac_sha256_ctx *, uint8_t mac[HMAC_SHA256_SIZE]);

/* The code of SIZE bytes at DATA under KEY, in one call. */
void hmac_sha256 (const void *key, size_t key_size, const void *data, size_t size,
                  uint8_t mac[HMAC_SHA256_SIZE]);

/* Whether two codes are equal, taking the same time wherever they
   differ, so that a forger learns nothing from how long a refusal took. */
bool hmac_sha256_equal (const uint8_t a[HMAC_SHA256_SIZE],
                        const uint8_t b[HMAC_SHA256_SIZE]);

#endif /* lib/hmac-sha256.h */
