/* Checking kernel-mode commands (see ipiis-auth.h). A command's payload
   is the nonce (16 bytes), the HMAC-SHA-256 of nonce and command under
   the owner's key (32 bytes), then the command's text. */
#include "ipwis/ipiis-auth.h"
#include <string.h>
#include "ipwis/hex.h"

void
ipiis_auth_init (struct ipiis_auth *a)
{
  memset (a, 0, sizeof *a);
}

/* Sets the owner's key from HEX, 2 to 2 * IPIIS_MAX_KEY hex digits.
   Returns false, and keeps the old key, if HEX is not that. */
bool
ipiis_auth_set_key_hex (struct ipiis_auth *a, const char *hex)
{
  size_t length = strlen (hex);
  uint8_t key[IPIIS_MAX_KEY];
  if (length == 0 || length > 2 * IPIIS_MAX_KEY || !hex_decode (hex, length, key))
    return false;
  memcpy (a->key, key, length / 2);
  a->key_size = length / 2;
  return true;
}

/* Hands out a new nonce: a count of nonces, which makes it unique, and
   RANDOM, which makes it hard to guess. Any earlier nonce is void. */
void
ipiis_auth_new_nonce (struct ipiis_auth *a, const uint8_t random[8],
                      uint8_t nonce[IPIIS_NONCE_SIZE])
{
  uint64_t count = ++a->issued;
  for (int i = 0; i < 8; i++)
    a->nonce[i] = count >> (8 * i);
  memcpy (a->nonce + 8, random, 8);
  a->nonce_live = true;
  memcpy (nonce, a->nonce, IPIIS_NONCE_SIZE);
}

/* Checks the kernel-mode command in PAYLOAD (SIZE bytes). Returns NULL
   and points *COMMAND at its text if it is the owner's and new, else
   why not. Either way the nonce is used up: a guess costs the guesser
   the nonce. */
const char *
ipiis_auth_check (struct ipiis_auth *a, const uint8_t *payload, size_t size,
                  const uint8_t **command, size_t *command_len)
{
  if (a->key_size == 0)
    return "kernel mode is off: the kernel was booted without -owner-key";
  if (size < IPIIS_NONCE_SIZE + HMAC_SHA256_SIZE)
    return "a kernel-mode command is a nonce, a MAC and the command";
  bool live = a->nonce_live;
  a->nonce_live = false;
  if (!live || memcmp (payload, a->nonce, IPIIS_NONCE_SIZE) != 0)
    return "the nonce is not the one handed out last, or it was used already";

  const uint8_t *text = payload + IPIIS_NONCE_SIZE + HMAC_SHA256_SIZE;
  size_t text_len = size - IPIIS_NONCE_SIZE - HMAC_SHA256_SIZE;
  struct hmac_sha256_ctx mac;
  uint8_t expected[HMAC_SHA256_SIZE];
  hmac_sha256_init (&mac, a->key, a->key_size);
  hmac_sha256_update (&mac, payload, IPIIS_NONCE_SIZE);
  hmac_sha256_update (&mac, text, text_len);
  hmac_sha256_final (&mac, expected);
  if (!hmac_sha256_equal (expected, payload + IPIIS_NONCE_SIZE))
    return "the MAC is wrong: not signed with the owner's key";
  *command = text;
  *command_len = text_len;
  return NULL;
}
