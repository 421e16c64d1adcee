/* Admission: a tree is admitted only if this machine can meet the needs
   of every program in it; otherwise the answer is "delegate", the seed's
   hand-off to a kernel with more resources, with the need that did not
   fit. The rules are in doc/ipwis.md. */
#include "ipwis/resources.h"
#include <debug.h>
#include <stdio.h>

#ifdef SOLUTION_IPWIS
/* Whether program NODE's needs fit in R; if not, why, in WHY. The
   programs of a tree may run at once, so their memory adds up (TOTAL). */
static bool
fits (const struct dtree_node *node, const struct resources *r, uint64_t *total_memory,
      char *why, size_t size)
{
  const char *name = node->kind == DTREE_ROOT ? "the root" : "a subprogram";
  *total_memory += node->needs[DTREE_MEMORY];
  if (node->needs[DTREE_GPU] > r->gpus)
    snprintf (why, size, "delegate: %s needs %u GPUs and this machine has %u", name,
              (unsigned) node->needs[DTREE_GPU], r->gpus);
  else if (node->needs[DTREE_NETWORK] > r->network)
    snprintf (why, size, "delegate: %s needs %u kbit/s of network and this machine has %u",
              name, (unsigned) node->needs[DTREE_NETWORK], (unsigned) r->network);
  else if (node->needs[DTREE_CPU] > r->cpu_share)
    snprintf (why, size, "delegate: %s needs %u%% of a CPU and a new task would get %u%%",
              name, (unsigned) node->needs[DTREE_CPU], r->cpu_share);
  else if (*total_memory > r->free_memory)
    snprintf (why, size, "delegate: the tree needs %llu kB of memory and %u kB are free",
              (unsigned long long) *total_memory, (unsigned) r->free_memory);
  else
    return true;
  return false;
}
#endif /* SOLUTION_IPWIS */

/* Whether TREE may run here, given R. If not, WHY (SIZE bytes) begins
   "delegate: " and names the need that does not fit. */
bool
resources_admit (const struct dtree *tree UNUSED, const struct resources *r UNUSED,
                 char *why UNUSED, size_t size UNUSED)
{
#ifdef SOLUTION_IPWIS
  uint64_t total_memory = 0;
  for (int i = 0; i < tree->node_cnt; i++)
    if (!fits (&tree->nodes[i], r, &total_memory, why, size))
      return false;
  return true;
#else
  /* TODO (ipwis): admit a tree only if every program's needs fit; else
     answer "delegate"; see doc/ipwis.md. */
  return true;
#endif
}
