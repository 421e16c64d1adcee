/* The paging counters: see stats.h. The virtual-memory code counts; this
   file only keeps and prints the numbers. */
#include "vm/stats.h"
#include <stdio.h>

struct vm_stats vm_stats;

/* Set by the kernel option -vmstats. */
bool vm_stats_after_run;

void
vm_stats_print (void)
{
  printf ("Paging: %u page faults, %u shared, %u evictions, "
          "%u swap-ins, %u swap-outs\n",
          vm_stats.page_faults, vm_stats.shared, vm_stats.evictions,
          vm_stats.swap_ins, vm_stats.swap_outs);
}
