/* A child for the argument tests: exits with its argument count, after
   checking that every argument after its name is the word "w" followed by
   its index modulo 10, as args-limits builds them. */
#include <stdio.h>
#include <string.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-args";

int
main (int argc, char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      char expected[8];
      snprintf (expected, sizeof expected, "w%d", i % 10);
      if (strcmp (argv[i], expected) != 0)
        fail ("argv[%d] is '%s', not '%s'", i, argv[i], expected);
    }
  return argc;
}
