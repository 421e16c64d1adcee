/* Leak checking for user processes.

   When the `run` action starts a program, the kernel notes how many free
   pages each pool has and how many inodes are open; when that program
   and every process it started have ended, the counts must be back where
   they were. If they are not, something a process took (a page, a page
   table, a struct, an open file) was never given back, and the kernel
   says so on the console, which fails whichever test was running.

   Saying nothing when all is well keeps the check out of every test's
   expected output, so every test is a leak test for free. */
#ifdef SOLUTION_USERPROG
#include "userprog/leakcheck.h"
#include <stdio.h>
#include "filesys/inode.h"
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#ifdef SOLUTION_VM
#ifdef VM
#include "vm/frame.h"
#include "vm/swap.h"
#endif
#endif

/* The counts taken by leakcheck_start (). */
static size_t threads;
static size_t user_pages;
static size_t kernel_pages;
static size_t open_inodes;
#ifdef SOLUTION_VM
#ifdef VM
static size_t frames;
static size_t swap_slots;
#endif
#endif

static void
count_thread (struct thread *t UNUSED, void *count)
{
  ++*(size_t *) count;
}

/* Returns how many threads exist. */
static size_t
thread_count (void)
{
  size_t count = 0;
  enum intr_level old_level = intr_disable ();
  thread_foreach (count_thread, &count);
  intr_set_level (old_level);
  return count;
}

/* Notes the counts before the first process starts. */
void
leakcheck_start (void)
{
  threads = thread_count ();
  user_pages = palloc_free_count (PAL_USER);
  kernel_pages = palloc_free_count (0);
  open_inodes = inode_open_count ();
#ifdef SOLUTION_VM
#ifdef VM
  frames = frame_count ();
  swap_slots = swap_used ();
#endif
#endif
}

/* Prints what was not given back since leakcheck_start (), if anything.
   Call only once no process is left. */
void
leakcheck_finish (void)
{
  /* The last process to end may not have finished dying: its thread's
     page is freed only once it has switched away for good. Let it. */
  while (thread_count () > threads)
    thread_yield ();

  size_t user_now = palloc_free_count (PAL_USER);
  size_t kernel_now = palloc_free_count (0);
  size_t inodes_now = inode_open_count ();
  if (user_now != user_pages)
    printf ("leak: %zu user pages free before, %zu after\n",
            user_pages, user_now);
  if (kernel_now != kernel_pages)
    printf ("leak: %zu kernel pages free before, %zu after\n",
            kernel_pages, kernel_now);
  if (inodes_now != open_inodes)
    printf ("leak: %zu inodes open before, %zu after\n",
            open_inodes, inodes_now);
#ifdef SOLUTION_VM
#ifdef VM
  if (frame_count () != frames)
    printf ("leak: %zu frames in use before, %zu after\n",
            frames, frame_count ());
  if (swap_used () != swap_slots)
    printf ("leak: %zu swap slots in use before, %zu after\n",
            swap_slots, swap_used ());
#endif
#endif
}
#endif
