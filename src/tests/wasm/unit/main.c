/* Runs one unit-test group of the engine, named on the command line, and
   prints "pass wasm/NAME", or "FAIL wasm/NAME: reason" and exits 1; with
   --list, prints the groups' names.  check.sh runs each group in a
   process of its own, so a crash ends only that group. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static const struct { const char *name; void (*run) (void); } groups[] =
  {
    { "reader", test_reader },
    { "fuel", test_fuel },
    { "wasi", test_wasi },
    { "alloc", test_alloc },
  };

static const char *group;

void
fail (const char *file, int line, const char *format, ...)
{
  va_list args;
  printf ("FAIL wasm/%s: %s:%d: ", group, file, line);
  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  printf ("\n");
  exit (1);
}

int
main (int argc, char **argv)
{
  for (size_t i = 0; i < sizeof groups / sizeof *groups; i++)
    if (argc == 2 && strcmp (argv[1], "--list") == 0)
      printf ("%s\n", groups[i].name);
    else if (argc == 2 && strcmp (argv[1], groups[i].name) == 0)
      {
        group = groups[i].name;
        groups[i].run ();
        printf ("pass wasm/%s\n", group);
        return 0;
      }
  return argc == 2 && strcmp (argv[1], "--list") == 0 ? 0 : 2;
}
