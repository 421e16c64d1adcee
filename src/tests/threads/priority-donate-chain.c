/* A chain of donations eight locks long. Link i holds lock i and waits for
   lock i - 1; main holds lock 0. Each new link has a higher priority than
   the last, and it must reach main through every link before it. When
   main lets lock 0 go, the chain unwinds link by link, each running at the
   top priority until it releases the lock its successor wants.

   Beside each link runs a bystander one priority below it, which only
   gets the CPU once that link's donation is gone: the bystanders show
   that each release drops exactly the donation that came through it. */
#include <stdio.h>
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define LINKS 8
#define STEP 3                  /* Priority between successive links. */

static struct lock locks[LINKS];

static int
link_priority (int i)
{
  return PRI_DEFAULT + STEP * i;
}

static void
chain_link (void *number)
{
  int i = (int) number;
  if (i < LINKS)
    lock_acquire (&locks[i]);
  lock_acquire (&locks[i - 1]);
  msg ("link %d got lock %d at priority %d", i, i - 1, thread_get_priority ());
  lock_release (&locks[i - 1]);
  if (i < LINKS)
    lock_release (&locks[i]);
  msg ("link %d done at priority %d", i, thread_get_priority ());
}

static void
bystander (void *number)
{
  msg ("bystander %d runs", (int) number);
}

void
test_priority_donate_chain (void)
{
  for (int i = 0; i < LINKS; i++)
    lock_init (&locks[i]);
  lock_acquire (&locks[0]);
  for (int i = 1; i <= LINKS; i++)
    {
      char name[16];
      snprintf (name, sizeof name, "link-%d", i);
      thread_create (name, link_priority (i), chain_link, (void *) i);
      snprintf (name, sizeof name, "bystander-%d", i);
      thread_create (name, link_priority (i) - 1, bystander, (void *) i);
      msg ("main runs at priority %d", thread_get_priority ());
    }
  lock_release (&locks[0]);
  msg ("main done at priority %d", thread_get_priority ());
}
