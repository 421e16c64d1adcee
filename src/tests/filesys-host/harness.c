/* Runs every test in a fresh state, printing `pass AREA/NAME` or
   `FAIL AREA/NAME: reason` for each and a count at the end (AREA is fs
   for the simple file system, fs4 for the phase-4 one).  The exit
   status is 0 only if all passed.  After each test the file system is
   unmounted and must have no inode left open. */
#include "harness.h"
#include <stdio.h>
#include "capture.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"

static char failure[512];

const char *
test_failure (const char *file, int line, const char *what)
{
  snprintf (failure, sizeof failure, "%s:%d: %s", file, line, what);
  return failure;
}

/* Runs TEST; returns NULL or why it failed. */
static const char *
run (const struct test *test)
{
  const char *reason;

  capture_begin ();
  reason = test->run ();
  filesys_done ();
  capture_end ();
  if (reason == NULL && inode_open_count () != 0)
    reason = "inodes left open after the test";
  return reason;
}

int
main (void)
{
#ifdef PHASE4_TESTS
  const struct test *tables[] = { phase4_tests };
  const char *area = "fs4";
#else
  const struct test *tables[] = { fs_tests, ustar_tests, fsutil_tests };
  const char *area = "fs";
#endif
  int passed = 0, failed = 0;

  for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
    for (const struct test *test = tables[t]; test->name != NULL; test++)
      {
        const char *reason = run (test);
        if (reason == NULL)
          {
            printf ("pass %s/%s\n", area, test->name);
            passed++;
          }
        else
          {
            printf ("FAIL %s/%s: %s\n", area, test->name, reason);
            failed++;
          }
      }
  printf ("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
