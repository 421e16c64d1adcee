/* Signing a tree for the kernel tests (see signing.h). */
#include "tests/ipwis/kernel/signing.h"
#include <hmac-sha256.h>
#include <stdio.h>
#include <string.h>

/* Writes BODY, a tree without comments, blank lines or signature (so its
   own canonical form), and its signature under KEY into TEXT (SIZE bytes). */
void
sign_tree (const char *body, const uint8_t *key, size_t key_size, char *text, size_t size)
{
  uint8_t mac[HMAC_SHA256_SIZE];
  hmac_sha256 (key, key_size, body, strlen (body), mac);
  size_t n = strlcpy (text, body, size);
  n += snprintf (text + n, size - n, "signature ");
  for (int i = 0; i < HMAC_SHA256_SIZE; i++)
    n += snprintf (text + n, size - n, "%02x", mac[i]);
  snprintf (text + n, size - n, "\n");
}
