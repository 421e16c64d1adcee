/* The table of interrupt-mode programs (see interrupts.h). It is fixed
   at boot because it says what may run outside the kernel's control:
   entry programs are fixed when the kernel is compiled, and the
   programs they may let out of the kernel are the owner's choice, made
   once on the command line before any task exists. If anything could
   add to it later, a task (or a message arriving over IPIIS) could name
   a program of its own and have an entry program run it in ring 3.
   Because it never changes once tasks run, it is read without a lock. */
#include "ipwis/interrupts.h"
#include <string.h>

static struct interrupt_program table[INTERRUPTS_MAX];
static size_t table_cnt;
static bool frozen;

/* Whether the LEN bytes at S are a word: printable, no space, no colon. */
static bool
is_word (const char *s, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (s[i] <= ' ' || s[i] > '~' || s[i] == ':')
      return false;
  return len > 0;
}

/* Adds SPEC, NAME:PROGRAM, to the table: NAME is what entry programs
   grant, PROGRAM the user program's file, or INTERRUPT_ON_HOST for the
   host's command of that name. Returns NULL, or why SPEC was refused. */
const char *
interrupts_register (const char *spec)
{
  const char *colon = strchr (spec, ':');
  size_t name_len = colon != NULL ? (size_t) (colon - spec) : 0;
  const char *program = colon != NULL ? colon + 1 : "";
  if (frozen)
    return "the table of interrupt-mode programs is fixed at boot";
  if (name_len > INTERRUPT_NAME_MAX || !is_word (spec, name_len))
    return "an interrupt's name is 1 to 15 printable characters, before the colon";
  if (strlen (program) > INTERRUPT_PROGRAM_MAX || !is_word (program, strlen (program))
      || strchr (program, '/') != NULL)
    return "an interrupt's program is a file name of 1 to 14 characters, after the colon";
  if (interrupts_find (spec, name_len) != NULL)
    return "that interrupt is in the table already";
  if (table_cnt == INTERRUPTS_MAX)
    return "at most 8 interrupt-mode programs may be registered";
  struct interrupt_program *entry = &table[table_cnt++];
  memcpy (entry->name, spec, name_len);
  entry->name[name_len] = '\0';
  memcpy (entry->program, program, strlen (program) + 1);
  entry->on_host = !strcmp (program, INTERRUPT_ON_HOST);
  return NULL;
}

/* Ends the boot's registrations: from now on the table only is read. */
void
interrupts_freeze (void)
{
  frozen = true;
}

/* The table's entry for the LEN bytes of NAME, or NULL. */
const struct interrupt_program *
interrupts_find (const char *name, size_t len)
{
  for (size_t i = 0; i < table_cnt; i++)
    if (strlen (table[i].name) == len && !memcmp (table[i].name, name, len))
      return &table[i];
  return NULL;
}
