/* Names of 14 characters work; 15 are refused, never cut short, in any part of a path. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-names"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (create ("abcdefghijklmn", 0), "a 14-character name works");
  check (!create ("abcdefghijklmno", 0), "a 15-character name is refused");
  check (open ("abcdefghijklmno") < 0, "and was not cut to 14");
  check (mkdir ("fourteen-chars"), "mkdir with 14 characters");
  check (!mkdir ("fifteen-chars-x"), "mkdir with 15 is refused");
  check (!create ("fifteen-chars-x/f", 0), "a long directory part is refused");
  check (create ("fourteen-chars/f", 0), "a path of short parts works");
  check (!create ("", 0) && !mkdir ("") && !chdir (""), "an empty name is refused");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
