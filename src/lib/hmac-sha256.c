/* HMAC-SHA-256, from RFC 2104: H((K ^ opad) || H((K ^ ipad) || message)),
   where K is the key padded with zeros to one block, or first hashed if
   it is longer than a block, ipad is the byte 0x36 repeated and opad
   0x5c. */
#include <hmac-sha256.h>
#include <string.h>

#define IPAD 0x36
#define OPAD 0x5c

void
hmac_sha256_init (struct hmac_sha256_ctx *m, const void *key, size_t key_size)
{
  uint8_t block_key[SHA256_BLOCK_SIZE] = { 0 };
  if (key_size > SHA256_BLOCK_SIZE)
    sha256 (key, key_size, block_key);
  else
    memcpy (block_key, key, key_size);

  uint8_t inner_pad[SHA256_BLOCK_SIZE];
  for (int i = 0; i < SHA256_BLOCK_SIZE; i++)
    {
      inner_pad[i] = block_key[i] ^ IPAD;
      m->outer_pad[i] = block_key[i] ^ OPAD;
    }
  sha256_init (&m->inner);
  sha256_update (&m->inner, inner_pad, sizeof inner_pad);
}

void
hmac_sha256_update (struct hmac_sha256_ctx *m, const void *data, size_t size)
{
  sha256_update (&m->inner, data, size);
}

void
hmac_sha256_final (struct hmac_sha256_ctx *m, uint8_t mac[HMAC_SHA256_SIZE])
{
  uint8_t inner_digest[SHA256_DIGEST_SIZE];
  sha256_final (&m->inner, inner_digest);
  struct sha256_ctx outer;
  sha256_init (&outer);
  sha256_update (&outer, m->outer_pad, sizeof m->outer_pad);
  sha256_update (&outer, inner_digest, sizeof inner_digest);
  sha256_final (&outer, mac);
}

void
hmac_sha256 (const void *key, size_t key_size, const void *data, size_t size,
             uint8_t mac[HMAC_SHA256_SIZE])
{
  struct hmac_sha256_ctx m;
  hmac_sha256_init (&m, key, key_size);
  hmac_sha256_update (&m, data, size);
  hmac_sha256_final (&m, mac);
}

bool
hmac_sha256_equal (const uint8_t a[HMAC_SHA256_SIZE], const uint8_t b[HMAC_SHA256_SIZE])
{
  uint8_t difference = 0;
  for (int i = 0; i < HMAC_SHA256_SIZE; i++)
    difference |= a[i] ^ b[i];
  return difference == 0;
}
