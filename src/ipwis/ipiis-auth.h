/* Kernel mode over IPIIS: the owner's commands (`status', `halt') reach
   the kernel only with proof that they come from the owner and are new.
   The kernel hands out a nonce; a command carries that nonce and an
   HMAC-SHA-256, under the owner's key, of the nonce and the command. A
   nonce is good for one command, so a recorded command cannot be played
   again, and a new nonce makes any older one worthless. Freestanding:
   the kernel's daemon uses it, and the host tests test it. */
#ifndef IPWIS_IPIIS_AUTH_H
#define IPWIS_IPIIS_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <hmac-sha256.h>

#define IPIIS_NONCE_SIZE 16
#define IPIIS_MAX_KEY 64

struct ipiis_auth
  {
    uint8_t key[IPIIS_MAX_KEY];
    size_t key_size;            /* 0: no owner key, kernel mode is off. */
    uint8_t nonce[IPIIS_NONCE_SIZE];
    bool nonce_live;            /* Handed out and not yet used. */
    uint64_t issued;            /* Nonces handed out so far. */
  };

void ipiis_auth_init (struct ipiis_auth *);
bool ipiis_auth_set_key_hex (struct ipiis_auth *, const char *hex);
void ipiis_auth_new_nonce (struct ipiis_auth *, const uint8_t random[8],
                           uint8_t nonce[IPIIS_NONCE_SIZE]);
const char *ipiis_auth_check (struct ipiis_auth *, const uint8_t *payload, size_t size,
                              const uint8_t **command, size_t *command_len);

#endif /* ipwis/ipiis-auth.h */
