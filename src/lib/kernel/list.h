/* Intrusive doubly linked lists.

   A list does not hold pointers to your objects: you put a struct
   list_elem inside your own struct, link that, and get back from an
   element to its struct with list_entry.  So adding to a list never
   allocates memory and cannot fail, which the kernel relies on in places
   where allocating is not allowed.

       struct job { int id; struct list_elem elem; };
       struct list jobs;

       list_init (&jobs);
       list_push_back (&jobs, &some_job->elem);
       for (e = list_begin (&jobs); e != list_end (&jobs); e = list_next (e))
         printf ("%d\n", list_entry (e, struct job, elem)->id);

   Every list has two sentinel elements that are not yours: the head,
   before the first element, and the tail, after the last.  They make
   every real element have a neighbour on each side, so inserting and
   removing need no special cases.  list_end is the tail: a loop stops
   when it reaches it.

   A list is not synchronized: threads sharing one must lock it. */
#ifndef LIB_KERNEL_LIST_H
#define LIB_KERNEL_LIST_H

#include <stdbool.h>
#include <stddef.h>

struct list_elem
  {
    struct list_elem *prev;     /* NULL only in the head sentinel. */
    struct list_elem *next;     /* NULL only in the tail sentinel. */
  };

struct list
  {
    struct list_elem head;
    struct list_elem tail;
  };

/* The struct of type STRUCT whose member MEMBER is the list element at
   LIST_ELEM. */
#define list_entry(LIST_ELEM, STRUCT, MEMBER) \
  ((STRUCT *) ((char *) (LIST_ELEM) - offsetof (STRUCT, MEMBER)))

/* Initializes a list declared statically, as an alternative to list_init:
   static struct list ready = LIST_INITIALIZER (ready); */
#define LIST_INITIALIZER(NAME) \
  { { NULL, &(NAME).tail }, { &(NAME).head, NULL } }

void list_init (struct list *);

/* Walking forward: from list_begin until list_end. */
struct list_elem *list_begin (struct list *);
struct list_elem *list_next (struct list_elem *);
struct list_elem *list_end (struct list *);

/* Walking backward: from list_rbegin until list_rend. */
struct list_elem *list_rbegin (struct list *);
struct list_elem *list_prev (struct list_elem *);
struct list_elem *list_rend (struct list *);

/* The sentinels themselves. */
struct list_elem *list_head (struct list *);
struct list_elem *list_tail (struct list *);

/* Adding: ELEM goes just before BEFORE, which is an element or the tail.
   list_splice moves FIRST up to (not including) LAST out of their list
   and puts them before BEFORE. */
void list_insert (struct list_elem *before, struct list_elem *elem);
void list_splice (struct list_elem *before,
                  struct list_elem *first, struct list_elem *last);
void list_push_front (struct list *, struct list_elem *);
void list_push_back (struct list *, struct list_elem *);

/* Removing: list_remove returns the element that followed ELEM, so a loop
   can remove as it walks.  ELEM's links are cleared, so using it as a
   list element again before reinserting it fails an assertion. */
struct list_elem *list_remove (struct list_elem *elem);
struct list_elem *list_pop_front (struct list *);
struct list_elem *list_pop_back (struct list *);

/* The first and last elements; the list must not be empty. */
struct list_elem *list_front (struct list *);
struct list_elem *list_back (struct list *);

/* list_size walks the whole list; list_empty does not. */
size_t list_size (struct list *);
bool list_empty (struct list *);

void list_reverse (struct list *);

/* Whether A comes before B in the order the caller wants, e.g. a smaller
   key.  AUX is passed through unchanged from the caller. */
typedef bool list_less_func (const struct list_elem *a,
                             const struct list_elem *b, void *aux);

/* Ordered operations.  list_sort is stable: equal elements keep their
   order.  list_insert_ordered puts ELEM after the elements equal to it.
   list_unique removes each element equal to the one before it, moving it
   to DUPLICATES unless that is NULL. */
void list_sort (struct list *, list_less_func *, void *aux);
void list_insert_ordered (struct list *, struct list_elem *elem,
                          list_less_func *, void *aux);
void list_unique (struct list *, struct list *duplicates,
                  list_less_func *, void *aux);

/* The first largest or smallest element, or list_end if the list is
   empty. */
struct list_elem *list_max (struct list *, list_less_func *, void *aux);
struct list_elem *list_min (struct list *, list_less_func *, void *aux);

#endif /* lib/kernel/list.h */
