/* Helpers shared by the vm tests, on top of the user-test library
   (tests/userprog/lib/testlib.h): files filled with a known pattern,
   checked mappings, a deterministic random sequence and a merge sort.
   All static inline, so that a test links only what it uses. */
#ifndef TESTS_VM_VMTEST_H
#define TESTS_VM_VMTEST_H

#include <random.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

/* A place for mappings, far from the program and its stack. */
#define MAP_AREA ((uint8_t *) 0x10000000)

/* Creates file NAME of SIZE bytes holding fill_pattern (SEED). */
static inline void
make_pattern_file (const char *name, size_t size, unsigned seed)
{
  if (!create (name, size))
    fail ("create \"%s\"", name);
  int fd = open (name);
  if (fd < 0)
    fail ("open \"%s\"", name);
  uint8_t chunk[512];
  for (size_t done = 0; done < size; done += sizeof chunk)
    {
      size_t n = size - done < sizeof chunk ? size - done : sizeof chunk;
      fill_pattern (chunk, n, seed, done);
      if (write (fd, chunk, n) != (int) n)
        fail ("write \"%s\"", name);
    }
  close (fd);
}

/* Fails unless file NAME holds SIZE bytes of fill_pattern (SEED). */
static inline void
check_pattern_file (const char *name, size_t size, unsigned seed)
{
  int fd = open (name);
  if (fd < 0)
    fail ("open \"%s\"", name);
  if (filesize (fd) != (int) size)
    fail ("\"%s\" is %d bytes, expected %zu", name, filesize (fd), size);
  uint8_t chunk[512];
  for (size_t done = 0; done < size; done += sizeof chunk)
    {
      size_t n = size - done < sizeof chunk ? size - done : sizeof chunk;
      if (read (fd, chunk, n) != (int) n)
        fail ("read \"%s\"", name);
      check_pattern (chunk, n, seed, done, name);
    }
  close (fd);
}

/* Opens NAME, failing the test if it cannot. */
static inline int
open_or_fail (const char *name)
{
  int fd = open (name);
  if (fd < 0)
    fail ("open \"%s\"", name);
  return fd;
}

/* Maps FD at ADDR, failing the test if it cannot. */
static inline mapid_t
map_or_fail (int fd, void *addr)
{
  mapid_t id = mmap (fd, addr);
  if (id == MAP_FAILED)
    fail ("mmap (%d, %p) failed", fd, addr);
  return id;
}

/* Sorts the N words at A, with TMP as room for N more: bottom-up merge
   sort, which sweeps over both arrays again and again, the kind of
   access that keeps a pager busy. */
static inline void
merge_sort (uint32_t *a, uint32_t *tmp, size_t n)
{
  for (size_t width = 1; width < n; width *= 2)
    {
      for (size_t lo = 0; lo < n; lo += 2 * width)
        {
          size_t mid = lo + width < n ? lo + width : n;
          size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
          size_t i = lo, j = mid, k = lo;
          while (i < mid && j < hi)
            tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
          while (i < mid)
            tmp[k++] = a[i++];
          while (j < hi)
            tmp[k++] = a[j++];
        }
      for (size_t k = 0; k < n; k++)
        a[k] = tmp[k];
    }
}

/* Fills the N words at A with random numbers from SEED. */
static inline void
fill_random (uint32_t *a, size_t n, unsigned seed)
{
  random_init (seed);
  for (size_t i = 0; i < n; i++)
    a[i] = random_ulong ();
}

/* Fails unless the N words at A are sorted and sum to SUM. */
static inline void
check_sorted (const uint32_t *a, size_t n, uint32_t sum)
{
  uint32_t total = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0 && a[i - 1] > a[i])
        fail ("out of order at %zu", i);
      total += a[i];
    }
  if (total != sum)
    fail ("the sorted words sum to %u, the originals to %u", total, sum);
}

/* The sum of the N words at A, modulo 2^32. */
static inline uint32_t
sum_words (const uint32_t *a, size_t n)
{
  uint32_t total = 0;
  for (size_t i = 0; i < n; i++)
    total += a[i];
  return total;
}

#endif /* tests/vm/vmtest.h */
