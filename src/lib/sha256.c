/* SHA-256, from FIPS 180-4, section 6.2. Each 64-byte block is expanded to
   a schedule of 64 words, which 64 rounds mix into the eight working
   variables; their sum with the previous state is the new state. The
   message is padded with a 1 bit, zeros, and its length in bits, to a
   whole number of blocks. Words are big-endian throughout. */
#include <sha256.h>
#include <string.h>

/* The first 32 bits of the fractional parts of the cube roots of the
   first 64 primes (FIPS 180-4, 4.2.2). */
static const uint32_t round_constants[64] =
  {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  };

/* The first 32 bits of the fractional parts of the square roots of the
   first 8 primes (FIPS 180-4, 5.3.3). */
static const uint32_t initial_state[8] =
  {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  };

static uint32_t
rotr (uint32_t x, int n)
{
  return (x >> n) | (x << (32 - n));
}

static uint32_t
load_be32 (const uint8_t *p)
{
  return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16 | (uint32_t) p[2] << 8 | p[3];
}

static void
store_be32 (uint8_t *p, uint32_t x)
{
  p[0] = x >> 24;
  p[1] = x >> 16;
  p[2] = x >> 8;
  p[3] = x;
}

/* The message schedule W0..W63 of one block (FIPS 180-4, 6.2.2 step 1). */
static void
expand_block (const uint8_t block[SHA256_BLOCK_SIZE], uint32_t w[64])
{
  for (int t = 0; t < 16; t++)
    w[t] = load_be32 (block + 4 * t);
  for (int t = 16; t < 64; t++)
    {
      uint32_t s0 = rotr (w[t - 15], 7) ^ rotr (w[t - 15], 18) ^ (w[t - 15] >> 3);
      uint32_t s1 = rotr (w[t - 2], 17) ^ rotr (w[t - 2], 19) ^ (w[t - 2] >> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
}

/* Mixes one block into STATE (FIPS 180-4, 6.2.2 steps 2-4). */
static void
compress (uint32_t state[8], const uint8_t block[SHA256_BLOCK_SIZE])
{
  uint32_t w[64], v[8];
  expand_block (block, w);
  memcpy (v, state, sizeof v);
  for (int t = 0; t < 64; t++)
    {
      uint32_t e = v[4], a = v[0];
      uint32_t choose = (e & v[5]) ^ (~e & v[6]);
      uint32_t majority = (a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]);
      uint32_t sigma1 = rotr (e, 6) ^ rotr (e, 11) ^ rotr (e, 25);
      uint32_t sigma0 = rotr (a, 2) ^ rotr (a, 13) ^ rotr (a, 22);
      uint32_t t1 = v[7] + sigma1 + choose + round_constants[t] + w[t];
      uint32_t t2 = sigma0 + majority;
      memmove (v + 1, v, 7 * sizeof *v);   /* h = g, g = f, ..., b = a. */
      v[4] += t1;
      v[0] = t1 + t2;
    }
  for (int i = 0; i < 8; i++)
    state[i] += v[i];
}

void
sha256_init (struct sha256_ctx *h)
{
  memcpy (h->state, initial_state, sizeof h->state);
  h->length = 0;
  h->used = 0;
}

void
sha256_update (struct sha256_ctx *h, const void *data, size_t size)
{
  const uint8_t *p = data;
  h->length += size;
  while (size > 0)
    {
      size_t room = SHA256_BLOCK_SIZE - h->used;
      size_t n = size < room ? size : room;
      memcpy (h->block + h->used, p, n);
      h->used += n;
      p += n;
      size -= n;
      if (h->used == SHA256_BLOCK_SIZE)
        {
          compress (h->state, h->block);
          h->used = 0;
        }
    }
}

/* Pads the message (FIPS 180-4, 5.1.1) and writes the digest. H must be
   initialised again before it is used for another message. */
void
sha256_final (struct sha256_ctx *h, uint8_t digest[SHA256_DIGEST_SIZE])
{
  uint64_t bits = h->length * 8;
  static const uint8_t one_bit = 0x80, zero = 0;
  sha256_update (h, &one_bit, 1);
  while (h->used != SHA256_BLOCK_SIZE - 8)
    sha256_update (h, &zero, 1);
  uint8_t length[8];
  store_be32 (length, bits >> 32);
  store_be32 (length + 4, bits);
  sha256_update (h, length, sizeof length);
  for (int i = 0; i < 8; i++)
    store_be32 (digest + 4 * i, h->state[i]);
}

void
sha256 (const void *data, size_t size, uint8_t digest[SHA256_DIGEST_SIZE])
{
  struct sha256_ctx h;
  sha256_init (&h);
  sha256_update (&h, data, size);
  sha256_final (&h, digest);
}
