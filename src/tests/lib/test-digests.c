/* SHA-256 and HMAC-SHA-256 against the published test vectors: the
   examples of FIPS 180-4 (as NIST's example pages give them) and the
   seven cases of RFC 4231, plus the same messages fed in pieces; and
   CRC-32's check value. */
#include <string.h>
#include "check.h"
#include "ours.h"

/* DIGEST (SIZE bytes) as lowercase hex, in OUT. */
static const char *
hex (const uint8_t *digest, size_t size, char *out)
{
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < size; i++)
    {
      out[2 * i] = digits[digest[i] >> 4];
      out[2 * i + 1] = digits[digest[i] & 15];
    }
  out[2 * size] = '\0';
  return out;
}

static void
expect_sha256 (const char *what, const void *data, size_t size, const char *want)
{
  uint8_t digest[SHA256_DIGEST_SIZE];
  char got[2 * SHA256_DIGEST_SIZE + 1];
  skiff_sha256 (data, size, digest);
  EXPECT (!strcmp (hex (digest, sizeof digest, got), want),
          "SHA-256 of %s: got %s, want %s", what, got, want);
}

static const char abc_448[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

static void
check_fips_examples (void)
{
  expect_sha256 ("\"\"", "", 0,
                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  expect_sha256 ("\"abc\"", "abc", 3,
                 "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  expect_sha256 ("the 448-bit message", abc_448, strlen (abc_448),
                 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

/* One million 'a's, fed 1000 at a time. */
static void
check_million_a (void)
{
  char thousand[1000];
  memset (thousand, 'a', sizeof thousand);
  struct sha256_ctx h;
  skiff_sha256_init (&h);
  for (int i = 0; i < 1000; i++)
    skiff_sha256_update (&h, thousand, sizeof thousand);
  uint8_t digest[SHA256_DIGEST_SIZE];
  char got[2 * SHA256_DIGEST_SIZE + 1];
  skiff_sha256_final (&h, digest);
  hex (digest, sizeof digest, got);
  EXPECT (!strcmp (got, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
          "SHA-256 of a million 'a's: got %s", got);
}

/* Every split of messages around the block and padding boundaries gives
   the one-shot digest. */
static void
check_pieces (void)
{
  uint8_t message[200];
  for (size_t i = 0; i < sizeof message; i++)
    message[i] = i * 7 + 1;
  for (size_t size = 0; size <= sizeof message; size++)
    {
      uint8_t whole[SHA256_DIGEST_SIZE];
      skiff_sha256 (message, size, whole);
      for (size_t split = 0; split <= size; split += 1 + split / 8)
        {
          struct sha256_ctx h;
          uint8_t pieces[SHA256_DIGEST_SIZE];
          skiff_sha256_init (&h);
          skiff_sha256_update (&h, message, split);
          skiff_sha256_update (&h, message + split, size - split);
          skiff_sha256_final (&h, pieces);
          EXPECT (!memcmp (whole, pieces, sizeof whole),
                  "%zu bytes split at %zu hash differently", size, split);
        }
    }
}

void
test_sha256 (void)
{
  check_fips_examples ();
  check_million_a ();
  check_pieces ();
}

struct rfc4231_case
  {
    uint8_t key[131];
    size_t key_size;
    const char *data;           /* Text, or NULL for DATA_BYTE repeated. */
    uint8_t data_byte;
    size_t data_size;
    const char *mac;            /* Hex; case 5 gives only 128 bits. */
  };

static void
expect_hmac (int number, const struct rfc4231_case *c)
{
  uint8_t data[200], mac[HMAC_SHA256_SIZE];
  char got[2 * HMAC_SHA256_SIZE + 1];
  size_t size = c->data != NULL ? strlen (c->data) : c->data_size;
  if (c->data != NULL)
    memcpy (data, c->data, size);
  else
    memset (data, c->data_byte, size);
  skiff_hmac_sha256 (c->key, c->key_size, data, size, mac);
  hex (mac, sizeof mac, got);
  EXPECT (!strncmp (got, c->mac, strlen (c->mac)),
          "RFC 4231 case %d: got %s, want %s", number, got, c->mac);

  /* The same, one byte at a time. */
  struct hmac_sha256_ctx m;
  uint8_t bytewise[HMAC_SHA256_SIZE];
  skiff_hmac_sha256_init (&m, c->key, c->key_size);
  for (size_t i = 0; i < size; i++)
    skiff_hmac_sha256_update (&m, data + i, 1);
  skiff_hmac_sha256_final (&m, bytewise);
  EXPECT (skiff_hmac_sha256_equal (mac, bytewise),
          "RFC 4231 case %d: fed a byte at a time, the code differs", number);
}

#define REPEAT20(B) { B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B }

void
test_hmac_sha256 (void)
{
  static struct rfc4231_case cases[7] =
    {
      { REPEAT20 (0x0b), 20, "Hi There", 0, 0,
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
      { "Jefe", 4, "what do ya want for nothing?", 0, 0,
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
      { REPEAT20 (0xaa), 20, NULL, 0xdd, 50,
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
      { { 0 }, 25, NULL, 0xcd, 50,
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b" },
      { REPEAT20 (0x0c), 20, "Test With Truncation", 0, 0,
        "a3b6167473100ee06e0c796c2955552b" },
      { { 0 }, 131, "Test Using Larger Than Block-Size Key - Hash Key First", 0, 0,
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" },
      { { 0 }, 131, "This is a test using a larger than block-size key and a larger "
        "than block-size data. The key needs to be hashed before being used by the "
        "HMAC algorithm.", 0, 0,
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2" },
    };
  for (int i = 0; i < 25; i++)
    cases[3].key[i] = i + 1;
  memset (cases[5].key, 0xaa, 131);
  memset (cases[6].key, 0xaa, 131);
  for (int i = 0; i < 7; i++)
    expect_hmac (i + 1, &cases[i]);

  uint8_t a[HMAC_SHA256_SIZE] = { 0 }, b[HMAC_SHA256_SIZE] = { 0 };
  EXPECT (skiff_hmac_sha256_equal (a, b), "equal codes compare unequal");
  b[HMAC_SHA256_SIZE - 1] = 1;
  EXPECT (!skiff_hmac_sha256_equal (a, b), "codes differing in the last byte compare equal");
}

/* The check value every CRC-32 catalogue gives, whole and in two calls. */
void
test_crc32 (void)
{
  EXPECT (skiff_crc32_update (0, "123456789", 9) == 0xcbf43926,
          "CRC-32 of \"123456789\" is %#x", skiff_crc32_update (0, "123456789", 9));
  EXPECT (skiff_crc32_update (skiff_crc32_update (0, "1234", 4), "56789", 5) == 0xcbf43926,
          "CRC-32 continued from a first piece differs");
  EXPECT (skiff_crc32_update (0, "", 0) == 0, "the CRC-32 of nothing is not 0");
}
