/* A small file written with one call and read back with one. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "small-full"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  write_file ("data", 5000, 4, 5000);
  msg ("wrote 5000 bytes, 5000 at a time");
  check_file ("data", 5000, 4, 5000);
  msg ("read them back");
}

/* The second boot of small-full-p: did everything survive? */
static void
verify (void)
{
  check_file ("data", 5000, 4, 5000);
  msg ("'data' survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
