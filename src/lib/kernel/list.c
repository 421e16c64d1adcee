/* Intrusive doubly linked lists; list.h says how to use them.

   Every change to a list's shape comes down to join(), which makes two
   elements neighbours. Inserting an element is two joins, removing one
   is one join over its head, moving a range is three. The sentinels at
   the two ends mean that every element always has a neighbour on each
   side, so no operation needs a case for an end of the list.

   list_sort() is a merge sort that works bottom up, with no recursion and
   no extra memory but a handful of pointers on the stack: see there. The
   assertions catch the usual mistakes: walking past an end, or using an
   element that is in no list. */
#include "list.h"
#include <debug.h>

/* The head sentinel is the one element with no predecessor, the tail the
   one with no successor; an element in a list has both. */
static bool
is_head_sentinel (const struct list_elem *e)
{
  return e != NULL && e->prev == NULL && e->next != NULL;
}

static bool
is_tail_sentinel (const struct list_elem *e)
{
  return e != NULL && e->prev != NULL && e->next == NULL;
}

static bool
is_linked (const struct list_elem *e)
{
  return e != NULL && e->prev != NULL && e->next != NULL;
}

/* Makes B follow A. */
static void
join (struct list_elem *a, struct list_elem *b)
{
  a->next = b;
  b->prev = a;
}

void
list_init (struct list *list)
{
  ASSERT (list != NULL);
  list->head.prev = NULL;
  list->tail.next = NULL;
  join (&list->head, &list->tail);
}

struct list_elem *
list_head (struct list *list)
{
  ASSERT (list != NULL);
  return &list->head;
}

struct list_elem *
list_tail (struct list *list)
{
  ASSERT (list != NULL);
  return &list->tail;
}

struct list_elem *
list_begin (struct list *list)
{
  return list_head (list)->next;
}

struct list_elem *
list_end (struct list *list)
{
  return list_tail (list);
}

struct list_elem *
list_rbegin (struct list *list)
{
  return list_tail (list)->prev;
}

struct list_elem *
list_rend (struct list *list)
{
  return list_head (list);
}

/* E may be the head sentinel, whose successor is the first element, but
   not the tail: nothing follows it. */
struct list_elem *
list_next (struct list_elem *e)
{
  ASSERT (is_linked (e) || is_head_sentinel (e));
  return e->next;
}

/* E may be the tail sentinel, but not the head. */
struct list_elem *
list_prev (struct list_elem *e)
{
  ASSERT (is_linked (e) || is_tail_sentinel (e));
  return e->prev;
}

bool
list_empty (struct list *list)
{
  return list_begin (list) == list_end (list);
}

size_t
list_size (struct list *list)
{
  size_t count = 0;
  for (struct list_elem *e = list_begin (list); e != list_end (list);
       e = list_next (e))
    count++;
  return count;
}

struct list_elem *
list_front (struct list *list)
{
  ASSERT (!list_empty (list));
  return list_begin (list);
}

struct list_elem *
list_back (struct list *list)
{
  ASSERT (!list_empty (list));
  return list_rbegin (list);
}

void
list_insert (struct list_elem *before, struct list_elem *elem)
{
  ASSERT (is_linked (before) || is_tail_sentinel (before));
  ASSERT (elem != NULL);
  join (before->prev, elem);
  join (elem, before);
}

void
list_push_front (struct list *list, struct list_elem *elem)
{
  list_insert (list_begin (list), elem);
}

void
list_push_back (struct list *list, struct list_elem *elem)
{
  list_insert (list_end (list), elem);
}

/* Clears ELEM's links too, so that a removed element used as if it were
   still in a list fails an assertion instead of corrupting one. */
struct list_elem *
list_remove (struct list_elem *elem)
{
  ASSERT (is_linked (elem));
  struct list_elem *following = elem->next;
  join (elem->prev, following);
  elem->prev = elem->next = NULL;
  return following;
}

struct list_elem *
list_pop_front (struct list *list)
{
  struct list_elem *front = list_front (list);
  list_remove (front);
  return front;
}

struct list_elem *
list_pop_back (struct list *list)
{
  struct list_elem *back = list_back (list);
  list_remove (back);
  return back;
}

/* FIRST up to LAST (not included) may come from this list or another;
   three joins close the gap they leave and fit them in before BEFORE. */
void
list_splice (struct list_elem *before,
             struct list_elem *first, struct list_elem *last)
{
  ASSERT (is_linked (before) || is_tail_sentinel (before));
  if (first == last)
    return;
  ASSERT (is_linked (first));
  ASSERT (is_linked (last) || is_tail_sentinel (last));
  struct list_elem *final = last->prev;
  join (first->prev, last);
  join (before->prev, first);
  join (final, before);
}

/* Moves each element after the first to the front, in turn. */
void
list_reverse (struct list *list)
{
  if (list_empty (list))
    return;
  struct list_elem *first = list_front (list);
  while (first->next != list_end (list))
    {
      struct list_elem *moving = first->next;
      list_remove (moving);
      list_push_front (list, moving);
    }
}

void
list_insert_ordered (struct list *list, struct list_elem *elem,
                     list_less_func *less, void *aux)
{
  ASSERT (elem != NULL && less != NULL);
  struct list_elem *e = list_begin (list);
  while (e != list_end (list) && !less (elem, e, aux))
    e = list_next (e);
  list_insert (e, elem);
}

void
list_unique (struct list *list, struct list *duplicates,
             list_less_func *less, void *aux)
{
  ASSERT (less != NULL);
  if (list_empty (list))
    return;
  struct list_elem *kept = list_begin (list);
  while (list_next (kept) != list_end (list))
    {
      struct list_elem *candidate = list_next (kept);
      bool equal = !less (kept, candidate, aux) && !less (candidate, kept, aux);
      if (!equal)
        kept = candidate;
      else
        {
          list_remove (candidate);
          if (duplicates != NULL)
            list_push_back (duplicates, candidate);
        }
    }
}

/* The first of the largest elements (LARGEST) or of the smallest: a
   later element takes the lead only by being strictly better. */
static struct list_elem *
first_extreme (struct list *list, list_less_func *less, void *aux,
               bool largest)
{
  ASSERT (less != NULL);
  struct list_elem *leader = list_begin (list);
  for (struct list_elem *e = leader; e != list_end (list); e = list_next (e))
    if (largest ? less (leader, e, aux) : less (e, leader, aux))
      leader = e;
  return leader;
}

struct list_elem *
list_max (struct list *list, list_less_func *less, void *aux)
{
  return first_extreme (list, less, aux, true);
}

struct list_elem *
list_min (struct list *list, list_less_func *less, void *aux)
{
  return first_extreme (list, less, aux, false);
}

/* Sorting works on "runs": elements chained through `next' alone, ending
   in NULL, detached from any list; `prev' is left stale until the sorted
   run goes back in. */

/* Merges the sorted runs OLDER and NEWER into one. On a tie the element
   of OLDER goes first, which is what makes the sort stable. */
static struct list_elem *
merge_runs (struct list_elem *older, struct list_elem *newer,
            list_less_func *less, void *aux)
{
  struct list_elem start;       /* Stands before the merged run. */
  struct list_elem *last = &start;
  while (older != NULL && newer != NULL)
    {
      struct list_elem **taken = less (newer, older, aux) ? &newer : &older;
      last->next = *taken;
      last = *taken;
      *taken = (*taken)->next;
    }
  last->next = older != NULL ? older : newer;
  return start.next;
}

/* Bottom-up merge sort, like counting in binary: runs[i] is empty or
   holds a sorted run of 2^i elements. Each element enters as a run of
   one at runs[0]; when a slot is taken, the two runs merge and carry to
   the next slot up. Every element in runs[i + 1] came before every one in
   runs[i], so merging each slot's run ahead of what came after it keeps
   the sort stable. 2^32 elements would not fit in memory, so 32 slots are
   always enough. */
#define RUN_SLOTS 32

void
list_sort (struct list *list, list_less_func *less, void *aux)
{
  ASSERT (less != NULL);
  struct list_elem *runs[RUN_SLOTS] = { NULL };
  while (!list_empty (list))
    {
      struct list_elem *carry = list_pop_front (list);
      carry->next = NULL;
      int slot = 0;
      for (; runs[slot] != NULL; slot++)
        {
          carry = merge_runs (runs[slot], carry, less, aux);
          runs[slot] = NULL;
        }
      runs[slot] = carry;
    }

  struct list_elem *sorted = NULL;
  for (int slot = 0; slot < RUN_SLOTS; slot++)
    if (runs[slot] != NULL)
      sorted = merge_runs (runs[slot], sorted, less, aux);

  /* Put the run back, mending each element's `prev' on the way. */
  struct list_elem *last = list_head (list);
  for (struct list_elem *e = sorted; e != NULL; e = e->next)
    {
      join (last, e);
      last = e;
    }
  join (last, list_tail (list));
}
