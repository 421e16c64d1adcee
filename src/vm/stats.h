/* Counters of what the memory system did, printed at power-off (and
   after each `run` action with -vmstats), so that a student can see how
   often pages were faulted in, shared, evicted and swapped. */
#ifndef VM_STATS_H
#define VM_STATS_H

#include <stdbool.h>

struct vm_stats
  {
    unsigned page_faults;       /* User page faults, and pages the kernel
                                   brought in for a system call. */
    unsigned shared;            /* Of those, served by a frame another
                                   process already had. */
    unsigned evictions;         /* Frames taken from a page for another. */
    unsigned swap_ins;          /* Pages read back from swap. */
    unsigned swap_outs;         /* Pages written to swap. */
  };

extern struct vm_stats vm_stats;
extern bool vm_stats_after_run;

void vm_stats_print (void);

#endif /* vm/stats.h */
