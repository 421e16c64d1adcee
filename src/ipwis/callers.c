/* The callers' keys (see callers.h). */
#include "ipwis/callers.h"
#include <string.h>
#include "ipwis/hex.h"

static char names[CALLERS_MAX][32];
static uint8_t keys[CALLERS_MAX][CALLER_KEY_MAX];
static struct dtree_key registered[CALLERS_MAX];
static size_t registered_cnt;

/* Registers SPEC, NAME:HEX, a caller's name as trees write it and its key
   in 1 to 64 bytes of hex. Returns NULL, or why SPEC was refused. */
const char *
callers_register (const char *spec)
{
  const char *colon = strchr (spec, ':');
  size_t name_len = colon != NULL ? (size_t) (colon - spec) : 0;
  size_t hex_len = colon != NULL ? strlen (colon + 1) : 0;
  if (name_len == 0 || name_len >= sizeof names[0])
    return "a caller's name is 1 to 31 characters, before the colon";
  if (hex_len == 0 || hex_len > 2 * CALLER_KEY_MAX)
    return "a caller's key is 1 to 64 bytes of hex, after the colon";
  if (registered_cnt == CALLERS_MAX)
    return "at most 8 callers may be registered";
  for (size_t i = 0; i < registered_cnt; i++)
    if (strlen (names[i]) == name_len && !memcmp (names[i], spec, name_len))
      return "that caller is registered already";
  size_t i = registered_cnt;
  if (!hex_decode (colon + 1, hex_len, keys[i]))
    return "a caller's key is 1 to 64 bytes of hex, after the colon";
  memcpy (names[i], spec, name_len);
  names[i][name_len] = '\0';
  registered[i] = (struct dtree_key) { names[i], keys[i], hex_len / 2 };
  registered_cnt++;
  return NULL;
}

/* The registered callers' keys, *CNT of them. */
const struct dtree_key *
callers_keys (size_t *cnt)
{
  *cnt = registered_cnt;
  return registered;
}
