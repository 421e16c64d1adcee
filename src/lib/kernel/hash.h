/* Hash tables, intrusive like lists (see list.h): put a struct hash_elem
   in your own struct and get back to the struct with hash_entry.  The
   table only links elements; it never copies or frees them.

   You supply two functions: HASH, turning an element into a number
   (hash_bytes, hash_string and hash_int help), and LESS, ordering two
   elements.  Two elements are equal when neither is less than the other,
   and a table holds at most one element of each equal group.  Equal
   elements must hash alike.

   To look an element up, fill in the key fields of a struct of your own
   on the stack and pass its hash_elem to hash_find.

   A table is not synchronized: threads sharing one must lock it. */
#ifndef LIB_KERNEL_HASH_H
#define LIB_KERNEL_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <list.h>

struct hash_elem
  {
    struct list_elem list_elem;         /* In a bucket's chain. */
  };

/* The struct of type STRUCT whose member MEMBER is the hash element at
   HASH_ELEM. */
#define hash_entry(HASH_ELEM, STRUCT, MEMBER) \
  ((STRUCT *) ((char *) (HASH_ELEM) - offsetof (STRUCT, MEMBER)))

typedef unsigned hash_hash_func (const struct hash_elem *e, void *aux);
typedef bool hash_less_func (const struct hash_elem *a,
                             const struct hash_elem *b, void *aux);
typedef void hash_action_func (struct hash_elem *e, void *aux);

/* The fields are private to hash.c. */
struct hash
  {
    size_t elem_cnt;            /* Elements in the table. */
    size_t bucket_cnt;          /* Always a power of 2. */
    struct list *buckets;       /* Chains of elements, by hash value. */
    hash_hash_func *hash;
    hash_less_func *less;
    void *aux;                  /* Passed to HASH and LESS. */
  };

/* Setting up and taking down.  hash_init returns false if it runs out of
   memory.  hash_clear removes every element, and hash_destroy also frees
   the table's own memory; both call ACTION (unless it is NULL) on each
   element after removing it, so ACTION may free it. */
bool hash_init (struct hash *, hash_hash_func *, hash_less_func *,
                void *aux);
void hash_clear (struct hash *, hash_action_func *action);
void hash_destroy (struct hash *, hash_action_func *action);

/* Changing.  hash_insert adds NEW unless an equal element is already
   there, and returns that element, or NULL if NEW went in.  hash_replace
   always puts NEW in, and returns the equal element it took out, or
   NULL.  hash_delete removes the element equal to E and returns it, or
   returns NULL if there was none. */
struct hash_elem *hash_insert (struct hash *, struct hash_elem *new);
struct hash_elem *hash_replace (struct hash *, struct hash_elem *new);
struct hash_elem *hash_delete (struct hash *, struct hash_elem *e);

/* The element equal to E, or NULL. */
struct hash_elem *hash_find (struct hash *, struct hash_elem *e);

/* Calls ACTION on every element, in no particular order.  ACTION must
   not insert or delete: the table may reorganize itself when it does. */
void hash_apply (struct hash *, hash_action_func *action);

/* Walking over every element, in no particular order:

       struct hash_iterator i;
       hash_first (&i, &table);
       while (hash_next (&i))
         use (hash_entry (hash_cur (&i), struct thing, elem));

   Changing the table during the walk ends its validity. */
struct hash_iterator
  {
    struct hash *hash;
    struct list *bucket;        /* The bucket being walked. */
    struct list_elem *position; /* The last element returned, or the
                                   bucket's head before the first. */
    struct hash_elem *current;  /* What hash_cur returns. */
  };

void hash_first (struct hash_iterator *, struct hash *);
struct hash_elem *hash_next (struct hash_iterator *);
struct hash_elem *hash_cur (struct hash_iterator *);

size_t hash_size (struct hash *);
bool hash_empty (struct hash *);

/* Hash functions to build a HASH from (FNV-1a, 32 bits). */
unsigned hash_bytes (const void *buf, size_t size);
unsigned hash_string (const char *string);
unsigned hash_int (int value);

#endif /* lib/kernel/hash.h */
