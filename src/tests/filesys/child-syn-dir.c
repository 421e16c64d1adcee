/* Makes directory argv[1] and 12 files in it. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

const char test_name[] = "child-syn-dir";

int
main (int argc UNUSED, char *argv[])
{
  char path[32];
  if (!mkdir (argv[1]))
    return 2;
  for (int i = 0; i < 12; i++)
    {
      snprintf (path, sizeof path, "%s/f%d", argv[1], i);
      if (!create (path, i))
        return 3;
    }
  return 0;
}
