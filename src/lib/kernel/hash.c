/* Chained hash tables: an array of buckets, each a list of the elements
   whose hash values pick that bucket.  The table grows and shrinks with
   the number of elements, so that a bucket holds about one element and
   lookups stay fast however many elements there are. */
#include "hash.h"
#include <debug.h>
#include "threads/malloc.h"

/* The smallest table.  A power of 2, like every bucket count, so that
   picking a bucket is a cheap mask of the hash value. */
#define MIN_BUCKETS 4

/* Grow when buckets hold more than this many elements on average; shrink
   when they hold fewer than 1 / this.  The gap between the two keeps a
   table from resizing back and forth around one size. */
#define LOAD_LIMIT 2

static struct hash_elem *
to_hash_elem (struct list_elem *e)
{
  return list_entry (e, struct hash_elem, list_elem);
}

/* An array of COUNT empty buckets, or NULL if memory ran out. */
static struct list *
new_buckets (size_t count)
{
  struct list *buckets = calloc (count, sizeof *buckets);
  size_t i;

  if (buckets != NULL)
    for (i = 0; i < count; i++)
      list_init (&buckets[i]);
  return buckets;
}

bool
hash_init (struct hash *h, hash_hash_func *hash, hash_less_func *less,
           void *aux)
{
  ASSERT (h != NULL && hash != NULL && less != NULL);
  h->elem_cnt = 0;
  h->bucket_cnt = MIN_BUCKETS;
  h->buckets = new_buckets (MIN_BUCKETS);
  h->hash = hash;
  h->less = less;
  h->aux = aux;
  return h->buckets != NULL;
}

void
hash_clear (struct hash *h, hash_action_func *action)
{
  size_t i;

  ASSERT (h != NULL);
  for (i = 0; i < h->bucket_cnt; i++)
    while (!list_empty (&h->buckets[i]))
      {
        struct hash_elem *e = to_hash_elem (list_pop_front (&h->buckets[i]));
        h->elem_cnt--;
        if (action != NULL)
          action (e, h->aux);
      }
}

void
hash_destroy (struct hash *h, hash_action_func *action)
{
  hash_clear (h, action);
  free (h->buckets);
  h->buckets = NULL;
  h->bucket_cnt = 0;
}

static struct list *
bucket_of (struct hash *h, const struct hash_elem *e)
{
  return &h->buckets[h->hash (e, h->aux) & (h->bucket_cnt - 1)];
}

static bool
equal (struct hash *h, const struct hash_elem *a, const struct hash_elem *b)
{
  return !h->less (a, b, h->aux) && !h->less (b, a, h->aux);
}

/* The element of BUCKET equal to E, or NULL. */
static struct hash_elem *
find_in_bucket (struct hash *h, struct list *bucket, struct hash_elem *e)
{
  struct list_elem *le;

  for (le = list_begin (bucket); le != list_end (bucket); le = list_next (le))
    if (equal (h, to_hash_elem (le), e))
      return to_hash_elem (le);
  return NULL;
}

/* Moves every element into a new array of NEW_CNT buckets.  The old lists
   cannot simply be copied over, because their sentinels' addresses are
   stored in the elements.  If memory runs out the table stays as it is:
   slower than it should be, but still correct. */
static void
resize (struct hash *h, size_t new_cnt)
{
  struct list *old = h->buckets;
  size_t old_cnt = h->bucket_cnt;
  size_t i;

  h->buckets = new_buckets (new_cnt);
  if (h->buckets == NULL)
    {
      h->buckets = old;
      return;
    }
  h->bucket_cnt = new_cnt;
  for (i = 0; i < old_cnt; i++)
    while (!list_empty (&old[i]))
      {
        struct list_elem *le = list_pop_front (&old[i]);
        list_push_back (bucket_of (h, to_hash_elem (le)), le);
      }
  free (old);
}

/* Called after every insertion and deletion. */
static void
keep_load_in_range (struct hash *h)
{
  if (h->elem_cnt > h->bucket_cnt * LOAD_LIMIT)
    resize (h, h->bucket_cnt * 2);
  else if (h->bucket_cnt > MIN_BUCKETS
           && h->elem_cnt < h->bucket_cnt / LOAD_LIMIT)
    resize (h, h->bucket_cnt / 2);
}

struct hash_elem *
hash_insert (struct hash *h, struct hash_elem *new)
{
  struct list *bucket;
  struct hash_elem *old;

  ASSERT (h != NULL && new != NULL);
  bucket = bucket_of (h, new);
  old = find_in_bucket (h, bucket, new);
  if (old == NULL)
    {
      list_push_back (bucket, &new->list_elem);
      h->elem_cnt++;
      keep_load_in_range (h);
    }
  return old;
}

struct hash_elem *
hash_replace (struct hash *h, struct hash_elem *new)
{
  struct hash_elem *old = hash_delete (h, new);

  hash_insert (h, new);
  return old;
}

struct hash_elem *
hash_find (struct hash *h, struct hash_elem *e)
{
  ASSERT (h != NULL && e != NULL);
  return find_in_bucket (h, bucket_of (h, e), e);
}

struct hash_elem *
hash_delete (struct hash *h, struct hash_elem *e)
{
  struct hash_elem *found = hash_find (h, e);

  if (found != NULL)
    {
      list_remove (&found->list_elem);
      h->elem_cnt--;
      keep_load_in_range (h);
    }
  return found;
}

void
hash_apply (struct hash *h, hash_action_func *action)
{
  struct hash_iterator i;

  ASSERT (action != NULL);
  hash_first (&i, h);
  while (hash_next (&i))
    action (hash_cur (&i), h->aux);
}

void
hash_first (struct hash_iterator *i, struct hash *h)
{
  ASSERT (i != NULL && h != NULL && h->buckets != NULL);
  i->hash = h;
  i->bucket = h->buckets;
  i->position = list_head (i->bucket);
  i->current = NULL;
}

/* Steps to the next element, moving on to the next non-empty bucket at
   the end of each; returns NULL, and keeps returning it, at the end. */
struct hash_elem *
hash_next (struct hash_iterator *i)
{
  struct list *last_bucket;

  ASSERT (i != NULL);
  if (i->position == NULL)
    return NULL;
  last_bucket = &i->hash->buckets[i->hash->bucket_cnt - 1];
  i->position = list_next (i->position);
  while (i->position == list_end (i->bucket))
    {
      if (i->bucket == last_bucket)
        {
          i->position = NULL;
          i->current = NULL;
          return NULL;
        }
      i->bucket++;
      i->position = list_begin (i->bucket);
    }
  i->current = to_hash_elem (i->position);
  return i->current;
}

/* The element the last hash_next returned: NULL before the first call
   and after the end. */
struct hash_elem *
hash_cur (struct hash_iterator *i)
{
  ASSERT (i != NULL);
  return i->current;
}

size_t
hash_size (struct hash *h)
{
  ASSERT (h != NULL);
  return h->elem_cnt;
}

bool
hash_empty (struct hash *h)
{
  return hash_size (h) == 0;
}

/* FNV-1a: for each byte, mix it in with XOR, then multiply by a prime
   chosen so that every input bit affects many output bits. */
#define FNV_OFFSET_BASIS 2166136261u
#define FNV_PRIME 16777619u

static unsigned
fnv_step (unsigned hash, unsigned char byte)
{
  return (hash ^ byte) * FNV_PRIME;
}

unsigned
hash_bytes (const void *buf, size_t size)
{
  const unsigned char *bytes = buf;
  unsigned hash = FNV_OFFSET_BASIS;

  ASSERT (buf != NULL || size == 0);
  while (size-- > 0)
    hash = fnv_step (hash, *bytes++);
  return hash;
}

unsigned
hash_string (const char *string)
{
  unsigned hash = FNV_OFFSET_BASIS;

  ASSERT (string != NULL);
  for (; *string != '\0'; string++)
    hash = fnv_step (hash, *string);
  return hash;
}

unsigned
hash_int (int value)
{
  return hash_bytes (&value, sizeof value);
}
