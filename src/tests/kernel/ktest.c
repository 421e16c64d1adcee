/* Running a kernel test by name, and the reporting calls tests use. */
#include "tests/kernel/ktest.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *test_name;

void
ktest_run (const struct ktest *tests, size_t count, const char *name)
{
  for (size_t i = 0; i < count; i++)
    if (!strcmp (name, tests[i].name))
      {
        test_name = name;
        msg ("begin");
        tests[i].function ();
        msg ("end");
        return;
      }
  printf ("There is no kernel test named '%s'.\n", name);
}

void
msg (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  printf ("(%s) ", test_name);
  vprintf (format, args);
  putchar ('\n');
  va_end (args);
}

/* The reason goes into the panic message too, where the harness, which
   reports a panic before anything else, shows it. */
void
fail (const char *format, ...)
{
  char reason[128];
  va_list args;
  va_start (args, format);
  vsnprintf (reason, sizeof reason, format, args);
  va_end (args);
  printf ("(%s) FAIL: %s\n", test_name, reason);
  PANIC ("test failed: %s", reason);
}
