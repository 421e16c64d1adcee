/* Host unit tests of kernel-mode authentication (src/ipwis/ipiis-auth.c):
   only a command signed with the owner's key over the nonce handed out
   last is accepted, and only once. Prints "pass auth/NAME" or "FAIL". */
#include <stdio.h>
#include <string.h>
#include "report.h"
#include "ipwis/ipiis-auth.h"

/* Case NAME: GOT, a refusal or NULL, contains WANT, or both are NULL. */
static void
expect (const char *name, const char *got, const char *want)
{
  report_match (name, got, want, "accepted");
}

static const uint8_t owner[] = { 0x5e, 0xed };

/* A kernel-mode COMMAND under KEY for NONCE, in PAYLOAD; its size. */
static size_t
command (uint8_t *payload, const uint8_t *nonce, const uint8_t *key, size_t key_size,
         const char *text)
{
  struct hmac_sha256_ctx mac;
  memcpy (payload, nonce, IPIIS_NONCE_SIZE);
  hmac_sha256_init (&mac, key, key_size);
  hmac_sha256_update (&mac, nonce, IPIIS_NONCE_SIZE);
  hmac_sha256_update (&mac, text, strlen (text));
  hmac_sha256_final (&mac, payload + IPIIS_NONCE_SIZE);
  memcpy (payload + IPIIS_NONCE_SIZE + HMAC_SHA256_SIZE, text, strlen (text));
  return IPIIS_NONCE_SIZE + HMAC_SHA256_SIZE + strlen (text);
}

int
main (void)
{
  report_group ("auth");
  struct ipiis_auth a;
  uint8_t nonce[IPIIS_NONCE_SIZE], old[IPIIS_NONCE_SIZE], payload[128];
  static const uint8_t random[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
  const uint8_t *text;
  size_t length, size;

  ipiis_auth_init (&a);
  ipiis_auth_new_nonce (&a, random, nonce);
  size = command (payload, nonce, owner, sizeof owner, "status");
  expect ("no-key", ipiis_auth_check (&a, payload, size, &text, &length), "kernel mode is off");

  bool bad_keys = !ipiis_auth_set_key_hex (&a, "") && !ipiis_auth_set_key_hex (&a, "5ee")
                  && !ipiis_auth_set_key_hex (&a, "5g") && a.key_size == 0;
  expect ("malformed-keys", bad_keys ? NULL : "accepted", NULL);
  ipiis_auth_set_key_hex (&a, "5EeD");

  ipiis_auth_new_nonce (&a, random, nonce);
  size = command (payload, nonce, owner, sizeof owner, "status");
  const char *got = ipiis_auth_check (&a, payload, size, &text, &length);
  expect ("owner", got, NULL);
  expect ("owner-command", got == NULL && length == 6 && !memcmp (text, "status", 6)
          ? NULL : "wrong command", NULL);
  expect ("replay", ipiis_auth_check (&a, payload, size, &text, &length), "used already");

  memcpy (old, nonce, sizeof old);
  ipiis_auth_new_nonce (&a, random, nonce);
  expect ("nonces-differ", memcmp (old, nonce, sizeof old) ? NULL : "same nonce twice", NULL);
  ipiis_auth_new_nonce (&a, random, nonce);
  size = command (payload, old, owner, sizeof owner, "halt");
  expect ("old-nonce", ipiis_auth_check (&a, payload, size, &text, &length), "not the one");

  static const uint8_t stranger[] = { 0x5e, 0xee };
  ipiis_auth_new_nonce (&a, random, nonce);
  size = command (payload, nonce, stranger, sizeof stranger, "halt");
  expect ("wrong-key", ipiis_auth_check (&a, payload, size, &text, &length), "MAC is wrong");
  size = command (payload, nonce, owner, sizeof owner, "halt");
  expect ("guess-used-the-nonce", ipiis_auth_check (&a, payload, size, &text, &length),
          "used already");

  ipiis_auth_new_nonce (&a, random, nonce);
  size = command (payload, nonce, owner, sizeof owner, "status");
  payload[size - 1] ^= 1;                       /* "statur": the MAC no longer fits. */
  expect ("altered-command", ipiis_auth_check (&a, payload, size, &text, &length), "MAC is wrong");

  ipiis_auth_new_nonce (&a, random, nonce);
  expect ("short", ipiis_auth_check (&a, payload, IPIIS_NONCE_SIZE + 3, &text, &length),
          "a nonce, a MAC and the command");
  return report_status ();
}
