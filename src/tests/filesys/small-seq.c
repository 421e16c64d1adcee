/* A small file written 100 bytes at a time, growing from empty, and read back. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "small-seq"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  write_file ("data", 5000, 3, 100);
  msg ("wrote 5000 bytes, 100 at a time");
  check_file ("data", 5000, 3, 100);
  msg ("read them back");
}

/* The second boot of small-seq-p: did everything survive? */
static void
verify (void)
{
  check_file ("data", 5000, 3, 100);
  msg ("'data' survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
