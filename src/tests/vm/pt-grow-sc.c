/* Reads a file into a stack buffer whose pages were never touched: the
   kernel itself must grow the stack, below where the program last
   faulted but above its stack pointer. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-grow-sc";

static void
read_into_stack (void)
{
  uint8_t buffer[12 * 1024];
  int fd = open_or_fail ("data");
  check (read (fd, buffer, sizeof buffer) == (int) sizeof buffer,
         "read 12 kB into untouched stack pages");
  check_pattern (buffer, sizeof buffer, 3, 0, "the buffer");
  msg ("they hold the file");
  close (fd);
}

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 12 * 1024, 3);
  read_into_stack ();
  return 0;
}
