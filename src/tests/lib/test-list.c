/* Lists: building, walking both ways, inserting, splicing, removing,
   reversing, and the ordered operations (sort must be stable), checked
   against arrays of what the list should hold; and assertions on misuse. */
#include <stdlib.h>
#include "check.h"
#include "ours.h"

struct item
  {
    int key;                    /* What the ordering compares. */
    int serial;                 /* Creation order, to tell ties apart. */
    struct list_elem elem;
  };

#define ITEM_CNT 300
static struct item items[ITEM_CNT];

static struct item *
item_of (const struct list_elem *e)
{
  return list_entry (e, struct item, elem);
}

static bool
key_less (const struct list_elem *a, const struct list_elem *b,
          void *aux __attribute__ ((unused)))
{
  return item_of (a)->key < item_of (b)->key;
}

/* Fails unless LIST holds exactly the serials in SERIALS, in order, both
   walking forward and backward. */
static void
expect_serials (struct list *list, const int *serials, size_t cnt,
                const char *what)
{
  struct list_elem *e;
  size_t i = 0;

  for (e = skiff_list_begin (list); e != skiff_list_end (list);
       e = skiff_list_next (e), i++)
    EXPECT (i < cnt && item_of (e)->serial == serials[i],
            "%s: wrong element at %zu going forward", what, i);
  EXPECT (i == cnt, "%s: %zu elements, expected %zu", what, i, cnt);
  for (e = skiff_list_rbegin (list); e != skiff_list_rend (list);
       e = skiff_list_prev (e))
    EXPECT (item_of (e)->serial == serials[--i],
            "%s: wrong element at %zu going backward", what, i);
  EXPECT (skiff_list_size (list) == cnt, "%s: list_size", what);
  EXPECT (skiff_list_empty (list) == (cnt == 0), "%s: list_empty", what);
}

static void
check_building (void)
{
  struct list list;
  int expected[5];

  skiff_list_init (&list);
  expect_serials (&list, NULL, 0, "empty list");
  EXPECT (skiff_list_next (skiff_list_head (&list)) == skiff_list_end (&list)
          && skiff_list_prev (skiff_list_tail (&list))
             == skiff_list_rend (&list), "sentinels of an empty list");

  skiff_list_push_back (&list, &items[1].elem);
  skiff_list_push_back (&list, &items[2].elem);
  skiff_list_push_front (&list, &items[0].elem);
  skiff_list_insert (&items[2].elem, &items[3].elem);
  expected[0] = 0, expected[1] = 1, expected[2] = 3, expected[3] = 2;
  expect_serials (&list, expected, 4, "pushes and insert");
  EXPECT (item_of (skiff_list_front (&list))->serial == 0
          && item_of (skiff_list_back (&list))->serial == 2, "front, back");

  EXPECT (skiff_list_remove (&items[1].elem) == &items[3].elem,
          "list_remove returns the next element");
  EXPECT (skiff_list_pop_front (&list) == &items[0].elem, "list_pop_front");
  EXPECT (skiff_list_pop_back (&list) == &items[2].elem, "list_pop_back");
  expected[0] = 3;
  expect_serials (&list, expected, 1, "after removals");

  skiff_list_reverse (&list);
  expect_serials (&list, expected, 1, "reversed one element");
}

/* Fills LIST with items FIRST up to LAST. */
static void
fill (struct list *list, int first, int last)
{
  int i;

  skiff_list_init (list);
  for (i = first; i < last; i++)
    skiff_list_push_back (list, &items[i].elem);
}

static void
check_splice_and_reverse (void)
{
  struct list a, b;
  int expected[10] = { 0, 6, 7, 1, 2, 3, 4 };

  fill (&a, 0, 5);
  fill (&b, 5, 10);
  /* Items 6 and 7 move from B to just after item 0 in A. */
  skiff_list_splice (&items[1].elem, &items[6].elem, &items[8].elem);
  expect_serials (&a, expected, 7, "spliced into");
  expected[0] = 5, expected[1] = 8, expected[2] = 9;
  expect_serials (&b, expected, 3, "spliced from");

  skiff_list_splice (skiff_list_end (&a), skiff_list_begin (&b),
                     skiff_list_end (&b));
  skiff_list_reverse (&a);
  {
    int reversed[10] = { 9, 8, 5, 4, 3, 2, 1, 7, 6, 0 };
    expect_serials (&a, reversed, 10, "reversed after splicing all");
  }
  expect_serials (&b, NULL, 0, "emptied by splice");
}

/* Sorts ITEM_CNT items with keys from a small range, so there are many
   ties, and checks the order by key and, among ties, by serial. */
static void
check_sort (void)
{
  struct list list;
  struct list_elem *e;
  int i;

  skiff_list_init (&list);
  skiff_random_init (99);
  for (i = 0; i < ITEM_CNT; i++)
    {
      items[i].key = skiff_random_ulong () % 20;
      skiff_list_push_back (&list, &items[i].elem);
    }
  for (i = 0; i < ITEM_CNT && items[i].key != 19; i++)
    continue;
  EXPECT (i < ITEM_CNT && skiff_list_max (&list, key_less, NULL) == &items[i].elem,
          "list_max returns the first of the largest");
  for (i = 0; i < ITEM_CNT && items[i].key != 0; i++)
    continue;
  EXPECT (i < ITEM_CNT && skiff_list_min (&list, key_less, NULL) == &items[i].elem,
          "list_min returns the first of the smallest");

  skiff_list_sort (&list, key_less, NULL);
  EXPECT (skiff_list_size (&list) == ITEM_CNT, "sort lost elements");
  i = 0;
  for (e = skiff_list_rbegin (&list); e != skiff_list_rend (&list);
       e = skiff_list_prev (e))
    i++;
  EXPECT (i == ITEM_CNT, "after list_sort, walking backward finds %d "
          "elements, not %d", i, ITEM_CNT);
  for (e = skiff_list_begin (&list);
       skiff_list_next (e) != skiff_list_end (&list); e = skiff_list_next (e))
    {
      const struct item *a = item_of (e), *b = item_of (skiff_list_next (e));
      EXPECT (a->key < b->key || (a->key == b->key && a->serial < b->serial),
              "list_sort misordered keys %d (#%d) and %d (#%d)",
              a->key, a->serial, b->key, b->serial);
    }
}

/* Builds a sorted list with insert_ordered, then removes the repeats. */
static void
check_ordered (void)
{
  static const int keys[] = { 5, 1, 5, 3, 1, 9, 5 };
  const int count = sizeof keys / sizeof *keys;
  const int ordered[] = { 1, 4, 3, 0, 2, 6, 5 };  /* By key, then serial. */
  const int unique[] = { 1, 3, 0, 5 };
  const int repeats[] = { 4, 2, 6 };
  struct list list, duplicates;
  int i;

  skiff_list_init (&list);
  skiff_list_init (&duplicates);
  for (i = 0; i < count; i++)
    {
      items[i].key = keys[i];
      skiff_list_insert_ordered (&list, &items[i].elem, key_less, NULL);
    }
  expect_serials (&list, ordered, count, "list_insert_ordered");
  skiff_list_unique (&list, &duplicates, key_less, NULL);
  expect_serials (&list, unique, 4, "list_unique");
  expect_serials (&duplicates, repeats, 3, "list_unique's duplicates");
  /* Items 2 and 6 have equal keys; without a list, 6 is just dropped. */
  skiff_list_unique (&duplicates, NULL, key_less, NULL);
  expect_serials (&duplicates, repeats, 2, "list_unique with no list");

  skiff_list_init (&list);
  EXPECT (skiff_list_max (&list, key_less, NULL) == skiff_list_end (&list),
          "list_max of an empty list");
  skiff_list_sort (&list, key_less, NULL);
  expect_serials (&list, NULL, 0, "sorted empty list");
}

static void
front_of_empty (void *aux __attribute__ ((unused)))
{
  struct list list;

  skiff_list_init (&list);
  skiff_list_front (&list);
}

static void
remove_twice (void *aux __attribute__ ((unused)))
{
  struct list list;

  fill (&list, 0, 3);
  skiff_list_remove (&items[1].elem);
  skiff_list_remove (&items[1].elem);
}

static void
next_of_end (void *aux __attribute__ ((unused)))
{
  struct list list;

  fill (&list, 0, 1);
  skiff_list_next (skiff_list_end (&list));
}

void
test_list (void)
{
  int i;

  for (i = 0; i < ITEM_CNT; i++)
    items[i].serial = i;
  check_building ();
  check_splice_and_reverse ();
  check_sort ();
  check_ordered ();
  EXPECT (panics (front_of_empty, NULL), "list_front of an empty list");
  EXPECT (panics (remove_twice, NULL), "removing an element twice");
  EXPECT (panics (next_of_end, NULL), "list_next past the end");
}
