/* The resource manager: what this machine can give a new task, measured
   (resources_measure, kernel only), and whether a dependency tree's
   minimums fit in it or the tree must go to a bigger kernel
   (resources_admit, freestanding: host-tested too). */
#ifndef IPWIS_RESOURCES_H
#define IPWIS_RESOURCES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "ipwis/dtree.h"

struct resources
  {
    unsigned runnable;          /* Threads running or ready, idle aside. */
    unsigned cpu_share;         /* Percent of the CPU a new task would get. */
    uint32_t free_memory;       /* kB free in the user pool, for tasks. */
    unsigned gpus;              /* Skiff has none. */
    uint32_t network;           /* kbit/s; Skiff has no network. */
  };

void resources_measure (struct resources *);
void resources_describe (const struct resources *, char *text, size_t size);
bool resources_admit (const struct dtree *, const struct resources *,
                      char *why, size_t size);

#endif /* ipwis/resources.h */
