/* Two files grow at once, in turns, so that their sectors interleave on disk. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-two"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char buf[1234];
  check (create ("a", 0) && create ("b", 0), "create two empty files");
  int a = open ("a"), b = open ("b");
  for (size_t done = 0; done < 50 * 1234; done += 1234)
    {
      fill_pattern (buf, sizeof buf, 1, done);
      if (write (a, buf, sizeof buf) != sizeof buf)
        fail ("write a at %zu", done);
      fill_pattern (buf, sizeof buf, 2, done);
      if (write (b, buf, sizeof buf) != sizeof buf)
        fail ("write b at %zu", done);
    }
  msg ("wrote 50 pieces to each in turn");
  close (a);
  close (b);
  check_file ("a", 50 * 1234, 1, 4096);
  check_file ("b", 50 * 1234, 2, 4096);
  msg ("each holds its own bytes");
}

/* The second boot of grow-two-p: did everything survive? */
static void
verify (void)
{
  check_file ("a", 50 * 1234, 1, 4096);
  check_file ("b", 50 * 1234, 2, 4096);
  msg ("both survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
