/* A 300 kB file: its end needs the doubly indirect pointer. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-doubly"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  write_file ("data", 307200, 7, 8192);
  msg ("wrote 307200 bytes, 8192 at a time");
  check_file ("data", 307200, 7, 8192);
  msg ("read them back");
}

/* The second boot of grow-doubly-p: did everything survive? */
static void
verify (void)
{
  check_file ("data", 307200, 7, 8192);
  msg ("'data' survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
