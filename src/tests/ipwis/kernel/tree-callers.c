/* Callers' keys registered at boot (-caller-key=NAME:HEX, in the .ck
   file) are the ones the verifier trusts: a tree alice signed with her
   key is accepted; one claiming to be bob's but signed with alice's key,
   or from a caller nobody registered, is refused. */
#include "tests/ipwis/kernel/tests.h"
#include <stdio.h>
#include <string.h>
#include "ipwis/callers.h"
#include "ipwis/dtree.h"
#include "tests/ipwis/kernel/signing.h"
#include "threads/malloc.h"

static const uint8_t alice_key[] = { 0xa1, 0x1c, 0xe0 };

static void
judge (struct dtree *tree, const char *caller, const uint8_t *key, size_t key_size)
{
  static char body[256], text[400];
  snprintf (body, sizeof body, "ipwis-tree 1\ncaller %s\ncallee echo\n"
            "created 2026-12-03T07:00:00Z\nprogram local:/echo.wasm\nmax-time 100\n", caller);
  sign_tree (body, key, key_size, text, sizeof text);
  size_t key_cnt;
  const struct dtree_key *keys = callers_keys (&key_cnt);
  struct dtree_error error;
  bool ok = dtree_parse (text, strlen (text), tree, &error)
            && dtree_verify (tree, keys, key_cnt, &error);
  msg ("a tree from %s signed with alice's key: %s%s", caller,
       ok ? "accepted" : "refused: ", ok ? "" : error.message);
}

void
test_tree_callers (void)
{
  size_t key_cnt;
  const struct dtree_key *keys = callers_keys (&key_cnt);
  for (size_t i = 0; i < key_cnt; i++)
    msg ("registered at boot: %s, a key of %zu bytes", keys[i].caller, keys[i].key_size);
  struct dtree *tree = malloc (sizeof *tree);
  if (tree == NULL)
    fail ("no memory for a tree");
  judge (tree, "alice", alice_key, sizeof alice_key);
  judge (tree, "bob", alice_key, sizeof alice_key);
  judge (tree, "carol", alice_key, sizeof alice_key);
  free (tree);
}
