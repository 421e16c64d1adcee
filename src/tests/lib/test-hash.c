/* Hash tables: insert, find, replace, delete and iterate over many keys,
   checked against a plain array of which keys should be present; chains
   stay short as the table grows and shrinks; the FNV-1a helpers give the
   published test values.  AddressSanitizer's leak check at the end of the
   group catches memory the table forgets to free. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "ours.h"

struct entry
  {
    int key;
    int version;                /* Tells apart entries with equal keys. */
    struct hash_elem elem;
  };

#define KEY_CNT 2000

static struct entry *
entry_of (const struct hash_elem *e)
{
  return hash_entry (e, struct entry, elem);
}

static unsigned
entry_hash (const struct hash_elem *e, void *aux __attribute__ ((unused)))
{
  return skiff_hash_int (entry_of (e)->key);
}

static bool
entry_less (const struct hash_elem *a, const struct hash_elem *b,
            void *aux __attribute__ ((unused)))
{
  return entry_of (a)->key < entry_of (b)->key;
}

static struct entry *
new_entry (int key, int version)
{
  struct entry *entry = malloc (sizeof *entry);

  EXPECT (entry != NULL, "out of memory");
  entry->key = key;
  entry->version = version;
  return entry;
}

static struct entry *
find (struct hash *table, int key)
{
  struct entry probe = { .key = key };
  struct hash_elem *found = skiff_hash_find (table, &probe.elem);

  return found != NULL ? entry_of (found) : NULL;
}

static void
free_entry (struct hash_elem *e, void *aux)
{
  ++*(int *) aux;
  free (entry_of (e));
}

/* The longest chain must stay short: with hash_int spreading keys well,
   far below the number of elements. */
static void
expect_short_chains (struct hash *table)
{
  size_t i, longest = 0;

  for (i = 0; i < table->bucket_cnt; i++)
    {
      size_t length = skiff_list_size (&table->buckets[i]);
      longest = length > longest ? length : longest;
    }
  EXPECT (longest <= 12, "a chain of %zu among %zu elements in %zu buckets",
          longest, table->elem_cnt, table->bucket_cnt);
}

/* Walks the table with an iterator and checks that exactly the keys
   marked in PRESENT are there, each once. */
static void
expect_contents (struct hash *table, const bool *present)
{
  static bool seen[KEY_CNT];
  struct hash_iterator i;
  size_t expected = 0, k;

  memset (seen, 0, sizeof seen);
  skiff_hash_first (&i, table);
  EXPECT (skiff_hash_cur (&i) == NULL, "hash_cur before hash_next");
  while (skiff_hash_next (&i))
    {
      int key = entry_of (skiff_hash_cur (&i))->key;
      EXPECT (key >= 0 && key < KEY_CNT && present[key] && !seen[key],
              "iterator produced key %d wrongly", key);
      seen[key] = true;
    }
  EXPECT (skiff_hash_cur (&i) == NULL && skiff_hash_next (&i) == NULL,
          "iterator after the end");
  for (k = 0; k < KEY_CNT; k++)
    {
      EXPECT (present[k] == seen[k], "iterator missed key %zu", k);
      EXPECT ((find (table, k) != NULL) == present[k], "hash_find (%zu)", k);
      expected += present[k];
    }
  EXPECT (skiff_hash_size (table) == expected, "hash_size is %zu, not %zu",
          skiff_hash_size (table), expected);
}

static void
check_table (void)
{
  static bool present[KEY_CNT];
  struct hash table;
  int k, freed = 0;

  /* The auxiliary data reaches free_entry, which counts in it. */
  EXPECT (skiff_hash_init (&table, entry_hash, entry_less, &freed),
          "hash_init");
  EXPECT (skiff_hash_empty (&table), "a new table is empty");
  expect_contents (&table, present);

  /* Even keys go in; a second insert of a key returns the first. */
  for (k = 0; k < KEY_CNT; k += 2)
    {
      EXPECT (skiff_hash_insert (&table, &new_entry (k, 1)->elem) == NULL,
              "inserting new key %d", k);
      present[k] = true;
    }
  for (k = 0; k < KEY_CNT; k += 2)
    {
      struct entry *again = new_entry (k, 2);
      EXPECT (skiff_hash_insert (&table, &again->elem) == &find (&table,
                                                                 k)->elem
              && find (&table, k)->version == 1, "inserting old key %d", k);
      free (again);
    }
  expect_contents (&table, present);
  expect_short_chains (&table);

  /* Replacing swaps in the new version and hands back the old one. */
  for (k = 0; k < KEY_CNT; k += 4)
    {
      struct hash_elem *old = skiff_hash_replace (&table,
                                                  &new_entry (k, 3)->elem);
      EXPECT (old != NULL && entry_of (old)->version == 1
              && find (&table, k)->version == 3, "replacing key %d", k);
      free (entry_of (old));
    }
  EXPECT (skiff_hash_replace (&table, &new_entry (1, 3)->elem) == NULL,
          "replacing an absent key");
  present[1] = true;

  /* Delete all but every tenth key: the table must shrink, and stay
     correct while it does. */
  for (k = 0; k < KEY_CNT; k++)
    if (k % 10 != 0)
      {
        struct entry probe = { .key = k };
        struct hash_elem *gone = skiff_hash_delete (&table, &probe.elem);
        EXPECT ((gone != NULL) == present[k], "deleting key %d", k);
        if (gone != NULL)
          free (entry_of (gone));
        present[k] = false;
      }
  expect_contents (&table, present);
  expect_short_chains (&table);
  EXPECT (table.bucket_cnt <= 2 * table.elem_cnt,
          "%zu buckets left for %zu elements", table.bucket_cnt,
          table.elem_cnt);

  skiff_hash_destroy (&table, free_entry);
  EXPECT (freed == KEY_CNT / 10, "hash_destroy freed %d entries", freed);
}

static void
count_entry (struct hash_elem *e __attribute__ ((unused)), void *aux)
{
  ++*(int *) aux;
}

static void
check_apply_and_clear (void)
{
  struct entry entries[10];
  struct hash table;
  int i, applied = 0;

  EXPECT (skiff_hash_init (&table, entry_hash, entry_less, &applied),
          "hash_init");
  for (i = 0; i < 10; i++)
    {
      entries[i].key = i * 1000;
      skiff_hash_insert (&table, &entries[i].elem);
    }
  skiff_hash_apply (&table, count_entry);
  EXPECT (applied == 10, "hash_apply visited %d of 10", applied);
  skiff_hash_clear (&table, NULL);
  EXPECT (skiff_hash_empty (&table), "hash_clear left elements");
  EXPECT (skiff_hash_insert (&table, &entries[3].elem) == NULL,
          "a cleared table takes new elements");
  skiff_hash_destroy (&table, NULL);
}

/* FNV-1a test values from the algorithm's authors. */
static void
check_hash_functions (void)
{
  int value = 0x01020304;

  EXPECT (skiff_hash_bytes ("", 0) == 0x811c9dc5u, "hash_bytes of nothing");
  EXPECT (skiff_hash_bytes ("a", 1) == 0xe40c292cu, "hash_bytes (\"a\")");
  EXPECT (skiff_hash_bytes ("foobar", 6) == 0xbf9cf968u,
          "hash_bytes (\"foobar\")");
  EXPECT (skiff_hash_string ("foobar") == 0xbf9cf968u,
          "hash_string (\"foobar\")");
  EXPECT (skiff_hash_int (value) == skiff_hash_bytes (&value, sizeof value),
          "hash_int hashes the int's bytes");
}

void
test_hash (void)
{
  check_table ();
  check_apply_and_clear ();
  check_hash_functions ();
}
