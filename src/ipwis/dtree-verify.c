/* The dependency-tree verifier: a parsed tree is admitted only if its
   caller signed it (HMAC-SHA-256 over the canonical form, with the key
   registered for that caller), its references between programs resolve
   to data of the same type, and its values are within the limits of
   ipwis/dtree.h. The checks and their messages are in doc/ipwis.md. */
#include "ipwis/dtree.h"
#include <debug.h>
#include <string.h>

#ifdef SOLUTION_IPWIS
static const uint32_t need_limits[DTREE_NEED_CNT] =
  { DTREE_MAX_CPU, DTREE_MAX_GPU, DTREE_MAX_MEMORY, DTREE_MAX_NETWORK };

static const struct dtree_key *
find_key (const struct dtree *tree, const struct dtree_key *keys, size_t key_cnt)
{
  for (size_t i = 0; i < key_cnt; i++)
    if (dtree_span_is (tree, tree->caller, keys[i].caller))
      return &keys[i];
  return NULL;
}

static void
hash_piece (void *mac, const char *bytes, size_t size)
{
  hmac_sha256_update (mac, bytes, size);
}

static bool
check_signature (const struct dtree *tree, const struct dtree_key *keys, size_t key_cnt,
                 struct dtree_error *error)
{
  const struct dtree_key *key = find_key (tree, keys, key_cnt);
  if (key == NULL)
    {
      dtree_refuse (error, 0, "caller `%.*s` has no key registered",
                    tree->caller.length, tree->text + tree->caller.offset);
      return false;
    }
  struct hmac_sha256_ctx mac;
  uint8_t expected[HMAC_SHA256_SIZE];
  hmac_sha256_init (&mac, key->key, key->key_size);
  dtree_canonical (tree, hash_piece, &mac);
  hmac_sha256_final (&mac, expected);
  if (!hmac_sha256_equal (expected, tree->signature))
    {
      dtree_refuse (error, tree->signature_line, "the signature does not match: the tree was "
                    "changed after it was signed, or not signed with %s's key", key->caller);
      return false;
    }
  return true;
}

static bool
check_limits (const struct dtree_node *node, struct dtree_error *error)
{
  if (node->max_ticks == 0 || node->max_ticks > DTREE_MAX_TICKS)
    {
      dtree_refuse (error, node->max_ticks_line, "max-time must be 1 to %d ticks",
                    DTREE_MAX_TICKS);
      return false;
    }
  for (int n = 0; n < DTREE_NEED_CNT; n++)
    if (node->needs[n] > need_limits[n])
      {
        dtree_refuse (error, node->need_lines[n], "need %s is at most %u", dtree_need_name (n),
                      (unsigned) need_limits[n]);
        return false;
      }
  return true;
}

/* The datum of NODE called KEY (a span, without the `$'), or NULL. */
static const struct dtree_datum *
find_datum (const struct dtree *tree, const struct dtree_node *node, const char *key,
            size_t key_len)
{
  for (int i = 0; i < node->data_cnt; i++)
    if (node->data[i].key.length == key_len
        && !memcmp (tree->text + node->data[i].key.offset, key, key_len))
      return &node->data[i];
  return NULL;
}

/* The reserved subprogram NAME of the program at index PARENT, or NULL. */
static const struct dtree_node *
find_reserved (const struct dtree *tree, int parent, const char *name, size_t name_len)
{
  for (int i = 0; i < tree->node_cnt; i++)
    {
      const struct dtree_node *n = &tree->nodes[i];
      if (n->parent == parent && n->kind == DTREE_RESERVED && n->name.length == name_len
          && !memcmp (tree->text + n->name.offset, name, name_len))
        return n;
    }
  return NULL;
}

/* $KEY names a datum of the parent; $PROGRAM.KEY an output of a reserved
   subprogram of this program or of its parent, which the tree promises
   will run. */
static const struct dtree_datum *
resolve (const struct dtree *tree, int index, const struct dtree_datum *d)
{
  const char *ref = tree->text + d->value.offset + 1;
  size_t len = d->value.length - 1;
  const char *dot = memchr (ref, '.', len);
  const struct dtree_node *node = &tree->nodes[index];
  if (dot == NULL)
    return node->parent < 0 ? NULL : find_datum (tree, &tree->nodes[node->parent], ref, len);

  size_t name_len = dot - ref;
  const struct dtree_node *from = find_reserved (tree, index, ref, name_len);
  if (from == NULL && node->parent >= 0)
    from = find_reserved (tree, node->parent, ref, name_len);
  const struct dtree_datum *target
    = from == NULL ? NULL : find_datum (tree, from, dot + 1, len - name_len - 1);
  return target != NULL && target->output ? target : NULL;
}

static bool
check_data (const struct dtree *tree, int index, struct dtree_error *error)
{
  const struct dtree_node *node = &tree->nodes[index];
  for (int i = 0; i < node->data_cnt; i++)
    {
      const struct dtree_datum *d = &node->data[i];
      for (int j = 0; j < i; j++)
        if (dtree_spans_equal (tree, d->key, node->data[j].key))
          {
            dtree_refuse (error, d->line, "key `%.*s` is already used on line %d",
                          d->key.length, tree->text + d->key.offset, node->data[j].line);
            return false;
          }
      if (d->value_kind == DTREE_AT_RUN_TIME && node->kind != DTREE_CHILD)
        {
          dtree_refuse (error, d->line, "only a child program's values may be left to run "
                        "time (`?`); a %s program's tree is fixed", dtree_kind_name (node->kind));
          return false;
        }
      if (d->value_kind != DTREE_REFERENCE)
        continue;
      const struct dtree_datum *target = resolve (tree, index, d);
      if (target == NULL)
        {
          dtree_refuse (error, d->line, "`%.*s` refers to nothing: $KEY names a datum of the "
                        "parent, $PROGRAM.KEY an output of a reserved program",
                        d->value.length, tree->text + d->value.offset);
          return false;
        }
      if (target->type != d->type)
        {
          dtree_refuse (error, d->line, "`%.*s` is a %s, not a %s",
                        d->value.length, tree->text + d->value.offset,
                        dtree_type_name (target->type), dtree_type_name (d->type));
          return false;
        }
    }
  return true;
}

static bool
check_sibling_names (const struct dtree *tree, int index, struct dtree_error *error)
{
  const struct dtree_node *node = &tree->nodes[index];
  for (int j = 1; j < index; j++)
    if (tree->nodes[j].parent == node->parent && dtree_spans_equal (tree, node->name, tree->nodes[j].name))
      {
        dtree_refuse (error, node->line, "there is already a subprogram `%.*s` on line %d",
                      node->name.length, tree->text + node->name.offset, tree->nodes[j].line);
        return false;
      }
  return true;
}
#endif /* SOLUTION_IPWIS */

/* Whether TREE, as parsed, may be admitted, given the callers' KEYS (an
   array of KEY_CNT). On a refusal, says why in ERROR. */
bool
dtree_verify (const struct dtree *tree UNUSED, const struct dtree_key *keys UNUSED,
              size_t key_cnt UNUSED, struct dtree_error *error UNUSED)
{
#ifdef SOLUTION_IPWIS
  if (!check_signature (tree, keys, key_cnt, error))
    return false;
  for (int i = 0; i < tree->node_cnt; i++)
    if (!check_limits (&tree->nodes[i], error) || !check_data (tree, i, error)
        || (i > 0 && !check_sibling_names (tree, i, error)))
      return false;
  return true;
#else
  /* TODO (ipwis): check the signature, the references and the limits;
     see doc/ipwis.md. */
  return true;
#endif
}
