/* bench: measures, in CPU cycles read with rdtsc, the two costs that
   phase 2 adds: a system call that does nothing (a trip into the kernel
   and back) and the start and end of a process (exec of an empty program
   and wait for it). It reports the median of many tries, which a stray
   timer interrupt or disk wait in one try cannot move much.

       run 'bench'            (with the program `empty` on the disk too)

   Under QEMU the numbers count QEMU's idea of cycles: compare them with
   each other, run to run, not with real hardware. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <syscall.h>

#define SYSCALL_TRIES 1001
#define EXEC_TRIES 21

/* The CPU's time-stamp counter: cycles since reset. */
static uint64_t
rdtsc (void)
{
  uint32_t low, high;
  asm volatile ("rdtsc" : "=a" (low), "=d" (high));
  return (uint64_t) high << 32 | low;
}

static int
compare (const void *a_, const void *b_)
{
  const uint64_t *a = a_, *b = b_;
  return *a < *b ? -1 : *a > *b;
}

/* Sorts the COUNT samples and returns the middle one. */
static uint64_t
median (uint64_t *samples, size_t count)
{
  qsort (samples, count, sizeof *samples, compare);
  return samples[count / 2];
}

static uint64_t samples[SYSCALL_TRIES];

int
main (void)
{
  /* close(-1) names no file: the kernel checks the descriptor and
     returns, so the call costs only the trip itself. */
  for (int i = 0; i < SYSCALL_TRIES; i++)
    {
      uint64_t start = rdtsc ();
      close (-1);
      samples[i] = rdtsc () - start;
    }
  printf ("bench: null system call: median %llu cycles of %d tries\n",
          median (samples, SYSCALL_TRIES), SYSCALL_TRIES);

  for (int i = 0; i < EXEC_TRIES; i++)
    {
      uint64_t start = rdtsc ();
      pid_t pid = exec ("empty");
      if (pid == PID_ERROR)
        {
          printf ("bench: cannot run `empty': put it on the disk\n");
          return 1;
        }
      wait (pid);
      samples[i] = rdtsc () - start;
    }
  printf ("bench: exec+wait of an empty program: median %llu cycles of %d tries\n",
          median (samples, EXEC_TRIES), EXEC_TRIES);
  return 0;
}
