/* The table of kernel tests and the reporting functions they share. */
#include "tests/threads/tests.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct test
  {
    const char *name;
    test_func *function;
  };

static const struct test tests[] =
  {
    { "demo", test_demo },
    { "synch-many-threads", test_synch_many_threads },
    { "synch-lock-handoff", test_synch_lock_handoff },
    { "synch-cond-signal", test_synch_cond_signal },
    { "synch-cond-broadcast", test_synch_cond_broadcast },
    { "stack-overflow", test_stack_overflow },
    { "panic-backtrace", test_panic_backtrace },
  };

static const char *test_name;

void run_test (const char *name)
{
  for (size_t i = 0; i < sizeof tests / sizeof *tests; i++)
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

void msg (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  printf ("(%s) ", test_name);
  vprintf (format, args);
  putchar ('\n');
  va_end (args);
}

void fail (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  printf ("(%s) FAIL: ", test_name);
  vprintf (format, args);
  putchar ('\n');
  va_end (args);
  PANIC ("test failed");
}
