/* Measuring what this machine can give a new task (see resources.h). The
   scheduler shares the CPU evenly among runnable threads of a priority,
   so a new task's share is 1 / (runnable + 1) of it; tasks' memory comes
   from the user pool. */
#include "ipwis/resources.h"
#include <stdio.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"

static void
count_runnable (struct thread *t, void *runnable_)
{
  unsigned *runnable = runnable_;
  if ((t->status == THREAD_RUNNING || t->status == THREAD_READY) && strcmp (t->name, "idle"))
    (*runnable)++;
}

void
resources_measure (struct resources *r)
{
  memset (r, 0, sizeof *r);
  enum intr_level old_level = intr_disable ();
  thread_foreach (count_runnable, &r->runnable);
  intr_set_level (old_level);
  r->cpu_share = 100 / (r->runnable + 1);
  r->free_memory = palloc_free_count (PAL_USER) * (PGSIZE / 1024);
}

/* R in words, into TEXT (SIZE bytes). */
void
resources_describe (const struct resources *r, char *text, size_t size)
{
  snprintf (text, size, "cpu: %u%% for a new task (%u runnable threads); memory: %u kB free; "
            "gpu: none; network: none", r->cpu_share, r->runnable, (unsigned) r->free_memory);
}
