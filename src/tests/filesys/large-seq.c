/* A 120 kB file, past the direct and into the indirect pointers, written 1000 bytes at a time. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "large-seq"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  write_file ("data", 122880, 5, 1000);
  msg ("wrote 122880 bytes, 1000 at a time");
  check_file ("data", 122880, 5, 1000);
  msg ("read them back");
}

/* The second boot of large-seq-p: did everything survive? */
static void
verify (void)
{
  check_file ("data", 122880, 5, 1000);
  msg ("'data' survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
