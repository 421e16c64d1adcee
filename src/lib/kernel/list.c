/* Intrusive doubly linked lists with head and tail sentinels; see list.h
   for how to use them.  The assertions catch the usual mistakes: walking
   past an end, or using an element that is in no list. */
#include "list.h"
#include <debug.h>

static bool
is_head (const struct list_elem *elem)
{
  return elem != NULL && elem->prev == NULL && elem->next != NULL;
}

static bool
is_interior (const struct list_elem *elem)
{
  return elem != NULL && elem->prev != NULL && elem->next != NULL;
}

static bool
is_tail (const struct list_elem *elem)
{
  return elem != NULL && elem->prev != NULL && elem->next == NULL;
}

void
list_init (struct list *list)
{
  ASSERT (list != NULL);
  list->head.prev = NULL;
  list->head.next = &list->tail;
  list->tail.prev = &list->head;
  list->tail.next = NULL;
}

struct list_elem *
list_begin (struct list *list)
{
  ASSERT (list != NULL);
  return list->head.next;
}

/* ELEM may be the head, so that list_next (list_head (l)) is the first
   element, but not the tail: there is nothing after it. */
struct list_elem *
list_next (struct list_elem *elem)
{
  ASSERT (is_head (elem) || is_interior (elem));
  return elem->next;
}

struct list_elem *
list_end (struct list *list)
{
  ASSERT (list != NULL);
  return &list->tail;
}

struct list_elem *
list_rbegin (struct list *list)
{
  ASSERT (list != NULL);
  return list->tail.prev;
}

struct list_elem *
list_prev (struct list_elem *elem)
{
  ASSERT (is_interior (elem) || is_tail (elem));
  return elem->prev;
}

struct list_elem *
list_rend (struct list *list)
{
  ASSERT (list != NULL);
  return &list->head;
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

void
list_insert (struct list_elem *before, struct list_elem *elem)
{
  ASSERT (is_interior (before) || is_tail (before));
  ASSERT (elem != NULL);
  elem->prev = before->prev;
  elem->next = before;
  before->prev->next = elem;
  before->prev = elem;
}

void
list_splice (struct list_elem *before,
             struct list_elem *first, struct list_elem *last)
{
  struct list_elem *final;

  ASSERT (is_interior (before) || is_tail (before));
  if (first == last)
    return;
  ASSERT (is_interior (first));
  ASSERT (is_interior (last) || is_tail (last));
  final = last->prev;

  /* Close the gap the range leaves behind... */
  first->prev->next = last;
  last->prev = first->prev;

  /* ...and link the range in before BEFORE. */
  first->prev = before->prev;
  final->next = before;
  before->prev->next = first;
  before->prev = final;
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

struct list_elem *
list_remove (struct list_elem *elem)
{
  struct list_elem *next;

  ASSERT (is_interior (elem));
  next = elem->next;
  elem->prev->next = next;
  next->prev = elem->prev;
  elem->prev = elem->next = NULL;
  return next;
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

struct list_elem *
list_front (struct list *list)
{
  ASSERT (!list_empty (list));
  return list->head.next;
}

struct list_elem *
list_back (struct list *list)
{
  ASSERT (!list_empty (list));
  return list->tail.prev;
}

size_t
list_size (struct list *list)
{
  struct list_elem *e;
  size_t size = 0;

  for (e = list_begin (list); e != list_end (list); e = list_next (e))
    size++;
  return size;
}

bool
list_empty (struct list *list)
{
  return list_begin (list) == list_end (list);
}

static void
swap (struct list_elem **a, struct list_elem **b)
{
  struct list_elem *t = *a;
  *a = *b;
  *b = t;
}

/* Turns every element around, then reattaches the two sentinels to the
   other ends. */
void
list_reverse (struct list *list)
{
  struct list_elem *e;

  if (list_empty (list))
    return;
  for (e = list_begin (list); e != list_end (list); e = e->prev)
    swap (&e->prev, &e->next);
  swap (&list->head.next, &list->tail.prev);
  list->head.next->prev = &list->head;
  list->tail.prev->next = &list->tail;
}

/* Moves every element of SOURCE into TARGET, both sorted, so that TARGET
   stays sorted.  On a tie TARGET's element stays in front: that is what
   makes list_sort stable. */
static void
merge (struct list *target, struct list *source,
       list_less_func *less, void *aux)
{
  struct list_elem *e = list_begin (target);

  while (!list_empty (source))
    if (e == list_end (target) || less (list_front (source), e, aux))
      list_insert (e, list_pop_front (source));
    else
      e = list_next (e);
}

/* Merge sort of LIST, which holds SIZE elements: sort each half, then
   merge them.  The recursion is only log2 (SIZE) deep. */
static void
sort (struct list *list, size_t size, list_less_func *less, void *aux)
{
  struct list second_half;
  struct list_elem *middle = list_begin (list);
  size_t i;

  if (size < 2)
    return;
  for (i = 0; i < size / 2; i++)
    middle = list_next (middle);
  list_init (&second_half);
  list_splice (list_end (&second_half), middle, list_end (list));

  sort (list, size / 2, less, aux);
  sort (&second_half, size - size / 2, less, aux);
  merge (list, &second_half, less, aux);
}

void
list_sort (struct list *list, list_less_func *less, void *aux)
{
  ASSERT (less != NULL);
  sort (list, list_size (list), less, aux);
}

void
list_insert_ordered (struct list *list, struct list_elem *elem,
                     list_less_func *less, void *aux)
{
  struct list_elem *e;

  ASSERT (elem != NULL && less != NULL);
  for (e = list_begin (list); e != list_end (list); e = list_next (e))
    if (less (elem, e, aux))
      break;
  list_insert (e, elem);
}

void
list_unique (struct list *list, struct list *duplicates,
             list_less_func *less, void *aux)
{
  struct list_elem *e;

  ASSERT (less != NULL);
  if (list_empty (list))
    return;
  e = list_begin (list);
  while (list_next (e) != list_end (list))
    {
      struct list_elem *next = list_next (e);
      if (less (e, next, aux) || less (next, e, aux))
        e = next;
      else
        {
          list_remove (next);
          if (duplicates != NULL)
            list_push_back (duplicates, next);
        }
    }
}

/* The first largest element (WANT_MAX) or first smallest one: a later
   element replaces the best so far only if strictly better. */
static struct list_elem *
find_extreme (struct list *list, list_less_func *less, void *aux,
              bool want_max)
{
  struct list_elem *best = list_begin (list);
  struct list_elem *e;

  ASSERT (less != NULL);
  if (best == list_end (list))
    return best;
  for (e = list_next (best); e != list_end (list); e = list_next (e))
    if (want_max ? less (best, e, aux) : less (e, best, aux))
      best = e;
  return best;
}

struct list_elem *
list_max (struct list *list, list_less_func *less, void *aux)
{
  return find_extreme (list, less, aux, true);
}

struct list_elem *
list_min (struct list *list, list_less_func *less, void *aux)
{
  return find_extreme (list, less, aux, false);
}
