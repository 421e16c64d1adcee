/* Helpers shared by the vm tests, on top of the user-test library
   (tests/userprog/lib/testlib.h): files filled with a known pattern,
   checked mappings, a deterministic random sequence and a merge sort.
   All static inline, so that a test links only what it uses. */
#ifndef TESTS_VM_VMTEST_H
#define TESTS_VM_VMTEST_H

#include <random.h>
#include <stdio.h>
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

/* Runs COUNT copies of PROGRAM at once, as "PROGRAM SEED" for SEED from
   FIRST_SEED on, and waits for them all; fails unless each exits with
   its seed. */
static inline void
run_in_parallel (const char *program, int first_seed, int count)
{
  pid_t pids[16];
  if (count > 16)
    fail ("run_in_parallel: at most 16 children");
  for (int i = 0; i < count; i++)
    {
      char cmdline[64];
      snprintf (cmdline, sizeof cmdline, "%s %d", program, first_seed + i);
      pids[i] = exec (cmdline);
      if (pids[i] == PID_ERROR)
        fail ("exec \"%s\"", cmdline);
    }
  for (int i = 0; i < count; i++)
    if (wait (pids[i]) != first_seed + i)
      fail ("child %d failed", first_seed + i);
}

/* Grows the stack a page per call, noting the depth reached in the file
   open as FD, until the process is killed (there is not memory for 8 MB
   of stack in any test). */
static inline int
grow_stack_forever (int depth, int fd)
{
  volatile uint8_t page[PAGE_SIZE];
  page[0] = depth;
  seek (fd, 0);
  write (fd, &depth, sizeof depth);
  if (depth == 2048)
    return depth;
  return grow_stack_forever (depth + 1, fd) + page[0];
}

/* Runs CMDLINE, a child that calls grow_stack_forever () with file
   "depth" open, and returns the depth it reached before the kernel
   killed it. */
static inline int
depth_of_stack_grower (const char *cmdline)
{
  if (run (cmdline) != -1)
    fail ("the child was not killed");
  int fd = open_or_fail ("depth");
  int depth;
  read (fd, &depth, sizeof depth);
  close (fd);
  return depth;
}

/* Runs CMDLINE, a stack grower, twice, and returns the depth it reached,
   failing unless both times it was the same: whatever the first one
   took, it gave back. */
static inline int
stack_grower_depth_twice (const char *cmdline)
{
  create ("depth", sizeof (int));
  int first = depth_of_stack_grower (cmdline);
  int second = depth_of_stack_grower (cmdline);
  if (first != second)
    fail ("the first child got %d pages deep, the second %d", first, second);
  return first;
}

/* The address of a page-aligned spot PAGES pages below the page that
   holds the caller's stack pointer. */
#define STACK_PAGES_BELOW(PAGES) \
  ((((uintptr_t) __builtin_frame_address (0)) & ~(uintptr_t) (PAGE_SIZE - 1)) \
   - (PAGES) * PAGE_SIZE)

/* Code no one runs: three pages of it, to read or write as data. */
static void untouched_code (void) __attribute__ ((used));
static void
untouched_code (void)
{
  asm volatile (".fill 12288, 1, 0x90");
}

/* Runs the instruction INSN (a string) with esp set to ESP, then puts
   esp back: how the tests push where the stack has not grown yet. */
#define RUN_WITH_ESP(ESP, INSN)                                         \
  asm volatile ("movl %%esp, %%ebx\n\t"                                 \
                "movl %0, %%esp\n\t"                                    \
                INSN "\n\t"                                             \
                "movl %%ebx, %%esp"                                     \
                : : "r" (ESP) : "ebx", "memory")

#endif /* tests/vm/vmtest.h */
