/* Penalties: counted per program (by its path) and per caller. A
   timeout costs the program that overran, and the tree's caller, one
   penalty; an abort two. Their effect (see doc/ipwis.md): each of a
   caller's penalties lowers the priority of its new tasks by one, and
   at TASK_PENALTY_LIMIT its trees are refused. They last until the
   kernel reboots. */
#include "ipwis/task.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#ifdef SOLUTION_IPWIS
#include "ipwis/task-internal.h"

#define PENALIZED_MAX 32

struct penalty
  {
    char name[64];              /* A program's path or a caller's name. */
    unsigned count;
  };

static struct penalty programs[PENALIZED_MAX], callers[PENALIZED_MAX];
static struct lock penalty_lock;

void
task_penalty_init (void)
{
  lock_init (&penalty_lock);
}

/* NAME's entry in TABLE, made if CREATE; NULL if absent or full. */
static struct penalty *
find (struct penalty *table, const char *name, bool create)
{
  for (int i = 0; i < PENALIZED_MAX; i++)
    if (table[i].count > 0 && !strcmp (table[i].name, name))
      return &table[i];
  for (int i = 0; create && i < PENALIZED_MAX; i++)
    if (table[i].count == 0)
      {
        strlcpy (table[i].name, name, sizeof table[i].name);
        return &table[i];
      }
  return NULL;
}

static unsigned
count_of (struct penalty *table, const char *name)
{
  lock_acquire (&penalty_lock);
  struct penalty *p = find (table, name, false);
  unsigned count = p != NULL ? p->count : 0;
  lock_release (&penalty_lock);
  return count;
}

static void
add (struct penalty *table, const char *name, unsigned count)
{
  struct penalty *p = find (table, name, true);
  if (p != NULL)
    p->count += count;
}

void
task_penalize (struct task *t, unsigned count)
{
  const struct dtree *d = &t->tree->dtree;
  const struct dtree_span path = task_node (t)->program;
  char program[64];
  snprintf (program, sizeof program, "%.*s", path.length, d->text + path.offset);
  lock_acquire (&tasks_lock);
  t->tree->penalties += count;
  lock_release (&tasks_lock);
  lock_acquire (&penalty_lock);
  add (programs, program, count);
  add (callers, t->tree->caller, count);
  lock_release (&penalty_lock);
}

unsigned
task_penalties_program (const char *path)
{
  return count_of (programs, path);
}

unsigned
task_penalties_caller (const char *caller)
{
  return count_of (callers, caller);
}

static size_t
describe (const struct penalty *table, const char *kind, char *text, size_t size, size_t len)
{
  for (int i = 0; i < PENALIZED_MAX; i++)
    if (table[i].count > 0 && len < size)
      len += snprintf (text + len, size - len, "%s %s: %u\n", kind, table[i].name,
                       table[i].count);
  return len;
}

void
task_penalties_describe (char *text, size_t size)
{
  text[0] = '\0';
  lock_acquire (&penalty_lock);
  describe (callers, "caller", text, size, describe (programs, "program", text, size, 0));
  lock_release (&penalty_lock);
}
#else
unsigned
task_penalties_program (const char *path UNUSED)
{
  /* TODO (ipwis): count penalties per program; see doc/ipwis.md. */
  return 0;
}

unsigned
task_penalties_caller (const char *caller UNUSED)
{
  /* TODO (ipwis): count penalties per caller. */
  return 0;
}

void
task_penalties_describe (char *text, size_t size)
{
  /* TODO (ipwis): list the penalties. */
  snprintf (text, size, "no penalties are counted yet\n");
}
#endif /* SOLUTION_IPWIS */
