/* Host unit tests of the table of interrupt-mode programs
   (src/ipwis/interrupts.c): the -interrupt=NAME:PROGRAM options it takes
   and refuses, lookups, programs on the host, and that it is fixed once
   boot freezes it.
   Prints "pass interrupts/NAME" or "FAIL interrupts/NAME: why" per case. */
#include <stdio.h>
#include <string.h>
#include "report.h"
#include "ipwis/interrupts.h"

/* Case NAME: registering SPEC is accepted if WANT is NULL, else refused
   with a message containing WANT. */
static void
expect (const char *name, const char *spec, const char *want)
{
  report_match (name, interrupts_register (spec), want, "accepted");
}

/* Case NAME: looking NAME_ up finds PROGRAM, or nothing if NULL. */
static void
expect_find (const char *name, const char *name_, const char *program)
{
  const struct interrupt_program *found = interrupts_find (name_, strlen (name_));
  bool ok = program == NULL ? found == NULL
            : found != NULL && !strcmp (found->program, program);
  report (name, ok, found != NULL ? found->program : "not found");
}

int
main (void)
{
  report_group ("interrupts");
  expect ("register", "beep:irq-hello", NULL);
  expect ("register-second", "crash:irq-crash", NULL);
  expect ("register-on-host", "notify:@host", NULL);
  expect ("no-colon", "beep", "before the colon");
  expect ("no-name", ":irq-hello", "before the colon");
  expect ("long-name", "abcdefghijklmnop:irq-hello", "1 to 15 printable");
  expect ("no-program", "quiet:", "after the colon");
  expect ("long-program", "loud:abcdefghijklmno", "1 to 14 characters");
  expect ("program-path", "sub:dir/prog", "after the colon");
  expect ("space", "two words:prog", "before the colon");
  expect ("twice", "beep:irq-other", "in the table already");
  for (int i = 0; i < INTERRUPTS_MAX - 3; i++)
    {
      char spec[32];
      snprintf (spec, sizeof spec, "n%d:p%d", i, i);
      interrupts_register (spec);
    }
  expect ("full", "ninth:p9", "at most 8");
  expect_find ("find", "beep", "irq-hello");
  expect_find ("find-other", "crash", "irq-crash");
  expect_find ("find-prefix", "bee", NULL);
  const struct interrupt_program *notify = interrupts_find ("notify", 6);
  const struct interrupt_program *beep = interrupts_find ("beep", 4);
  report ("find-on-host", notify != NULL && notify->on_host && beep != NULL && !beep->on_host,
          "on_host is wrong");
  expect_find ("find-unknown", "nosuch", NULL);
  interrupts_freeze ();
  expect ("frozen", "late:irq-late", "fixed at boot");
  expect_find ("frozen-find", "beep", "irq-hello");
  return report_status ();
}
