/* A 64 kB file written with one call and read back with one. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "large-full"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  write_file ("data", 65536, 6, 65536);
  msg ("wrote 65536 bytes, 65536 at a time");
  check_file ("data", 65536, 6, 65536);
  msg ("read them back");
}

/* The second boot of large-full-p: did everything survive? */
static void
verify (void)
{
  check_file ("data", 65536, 6, 65536);
  msg ("'data' survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
