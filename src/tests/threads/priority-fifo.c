/* Threads of equal priority take turns in order: eight threads that each
   yield five times must run round-robin, 0 to 7, five times over. */
#include <stdio.h>
#include <string.h>
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/thread.h"

#define THREAD_CNT 8
#define ROUNDS 5

static int order[THREAD_CNT * ROUNDS];
static int order_cnt;

static void
taker (void *number)
{
  for (int i = 0; i < ROUNDS; i++)
    {
      enum intr_level old_level = intr_disable ();
      order[order_cnt++] = (int) number;
      intr_set_level (old_level);
      thread_yield ();
    }
}

void
test_priority_fifo (void)
{
  /* Above the takers while they are created, so that none starts early;
     then below them, so that they all run to the end before we go on. */
  thread_set_priority (PRI_DEFAULT + 2);
  for (int i = 0; i < THREAD_CNT; i++)
    thread_create ("taker", PRI_DEFAULT + 1, taker, (void *) i);
  thread_set_priority (PRI_DEFAULT);

  for (int round = 0; round < ROUNDS; round++)
    {
      char line[3 * THREAD_CNT + 1] = "";
      for (int i = 0; i < THREAD_CNT; i++)
        {
          int k = round * THREAD_CNT + i;
          char turn[4] = " -";  /* A turn that never came. */
          if (k < order_cnt)
            snprintf (turn, sizeof turn, " %d", order[k]);
          strlcat (line, turn, sizeof line);
        }
      msg ("round %d:%s", round + 1, line);
    }
}
