/* write() from kernel memory to the console must kill the process:
   otherwise a program could print the kernel's secrets. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "write-kernel";

int
main (void)
{
  msg ("begin");
  write (1, (const void *) 0xc0020000, 10);
  fail ("should have died");
}
