/* General utilities: converting text to numbers, absolute values,
   sorting and searching arrays. */
#ifndef LIB_STDLIB_H
#define LIB_STDLIB_H

#include <stddef.h>

/* The decimal number at the start of STRING, after any white space and an
   optional sign.  Values beyond the range of int become INT_MAX or
   INT_MIN; a string without digits gives 0. */
int atoi (const char *string);

/* abs (INT_MIN) cannot be represented, as in standard C. */
int abs (int value);

/* Sorts the CNT elements of SIZE bytes at ARRAY into the order COMPARE
   gives: negative, zero or positive as its first argument comes before,
   ties with or comes after its second.  Not stable; needs no memory. */
void qsort (void *array, size_t cnt, size_t size,
            int (*compare) (const void *, const void *));

/* Finds an element equal to KEY in ARRAY, sorted as COMPARE orders it,
   and returns it, or NULL if there is none.  COMPARE gets KEY first. */
void *bsearch (const void *key, const void *array, size_t cnt, size_t size,
               int (*compare) (const void *, const void *));

#endif /* lib/stdlib.h */
