/* General utilities of <stdlib.h>.  qsort is a heapsort: O(n log n) in
   every case, with no recursion and no extra memory, which is what a
   kernel with a small stack wants. */
#include <stdlib.h>
#include <ctype.h>
#include <debug.h>
#include <limits.h>
#include <stdbool.h>

int
atoi (const char *string)
{
  bool negative = false;
  unsigned limit, value = 0;

  ASSERT (string != NULL);
  while (isspace (*string))
    string++;
  if (*string == '+' || *string == '-')
    negative = *string++ == '-';

  /* Add up the magnitude in unsigned arithmetic, which cannot overflow
     here, stopping at the largest magnitude the sign allows. */
  limit = negative ? (unsigned) INT_MAX + 1 : (unsigned) INT_MAX;
  for (; isdigit (*string); string++)
    {
      unsigned digit = *string - '0';
      value = value <= (limit - digit) / 10 ? value * 10 + digit : limit;
    }

  if (!negative || value == 0)
    return value;
  /* -(value - 1) - 1 reaches INT_MIN without ever leaving int's range. */
  return -(int) (value - 1) - 1;
}

int
abs (int value)
{
  return value < 0 ? -value : value;
}

/* An array of elements SIZE bytes each, seen as raw bytes. */
struct array
  {
    unsigned char *base;
    size_t size;
    int (*compare) (const void *, const void *);
  };

static void *
element (const struct array *a, size_t index)
{
  return a->base + index * a->size;
}

static int
compare_at (const struct array *a, size_t i, size_t j)
{
  return a->compare (element (a, i), element (a, j));
}

static void
swap_at (const struct array *a, size_t i, size_t j)
{
  unsigned char *x = element (a, i);
  unsigned char *y = element (a, j);
  size_t n;

  for (n = 0; n < a->size; n++)
    {
      unsigned char t = x[n];
      x[n] = y[n];
      y[n] = t;
    }
}

/* Restores the heap property for the subtree rooted at ROOT, among the
   first CNT elements: each parent is at least as large as its children,
   which sit at 2 * parent + 1 and 2 * parent + 2. */
static void
sift_down (const struct array *a, size_t root, size_t cnt)
{
  for (;;)
    {
      size_t child = 2 * root + 1;

      if (child >= cnt)
        return;
      if (child + 1 < cnt && compare_at (a, child + 1, child) > 0)
        child++;
      if (compare_at (a, root, child) >= 0)
        return;
      swap_at (a, root, child);
      root = child;
    }
}

/* First arrange the array as a heap, so its largest element is first;
   then repeatedly move the largest to the end of the shrinking heap. */
void
qsort (void *array, size_t cnt, size_t size,
       int (*compare) (const void *, const void *))
{
  struct array a = { array, size, compare };
  size_t i;

  ASSERT (array != NULL || cnt == 0);
  ASSERT (compare != NULL);
  for (i = cnt / 2; i-- > 0; )
    sift_down (&a, i, cnt);
  for (i = cnt; i-- > 1; )
    {
      swap_at (&a, 0, i);
      sift_down (&a, 0, i);
    }
}

/* Keeps halving the range [LOW, HIGH) that could still hold KEY. */
void *
bsearch (const void *key, const void *array, size_t cnt, size_t size,
         int (*compare) (const void *, const void *))
{
  const unsigned char *base = array;
  size_t low = 0, high = cnt;

  ASSERT (array != NULL || cnt == 0);
  ASSERT (compare != NULL);
  while (low < high)
    {
      size_t middle = low + (high - low) / 2;
      const void *candidate = base + middle * size;
      int order = compare (key, candidate);

      if (order == 0)
        return (void *) candidate;
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
  return NULL;
}
