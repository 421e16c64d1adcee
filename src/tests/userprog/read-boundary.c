/* read() into a buffer that straddles two mapped pages, and write()
   from one: the kernel must handle both halves. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "read-boundary";

static char pages[3 * PAGE_SIZE] __attribute__ ((aligned (PAGE_SIZE)));

int
main (void)
{
  msg ("begin");
  /* 5000 bytes from 100 bytes before the end of the first page: they
     touch three pages. */
  char *buffer = pages + PAGE_SIZE - 100;
  size_t size = 5000;
  fill_pattern (buffer, size, 7, 0);
  check (create ("data", size), "create data");
  int fd = open ("data");
  check (write (fd, buffer, size) == (int) size, "write 5000 bytes across pages");
  for (size_t i = 0; i < size; i++)
    buffer[i] = 0;
  seek (fd, 0);
  check (read (fd, buffer, size) == (int) size, "read them back across pages");
  check_pattern (buffer, size, 7, 0, "data");
  msg ("end");
  return 0;
}
