/* The callers whose dependency trees this kernel accepts, each with the
   key that signs its trees: registered at boot, one -caller-key=NAME:HEX
   option each, and read by the verifier (dtree_verify). */
#ifndef IPWIS_CALLERS_H
#define IPWIS_CALLERS_H

#include <stdbool.h>
#include <stddef.h>
#include "ipwis/dtree.h"

#define CALLERS_MAX 8
#define CALLER_KEY_MAX 64

const char *callers_register (const char *spec);
const struct dtree_key *callers_keys (size_t *cnt);

#endif /* ipwis/callers.h */
