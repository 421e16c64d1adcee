/* Makes the exit system call with its number in the last word of one
   page and its argument in the first word of the next: both mapped, so
   the call must work even though no single page holds it all. */
#include <syscall-nr.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-boundary";

static uint32_t pages[2 * PAGE_SIZE / 4] __attribute__ ((aligned (PAGE_SIZE)));

int
main (void)
{
  msg ("begin");
  uint32_t *call = pages + PAGE_SIZE / 4 - 1;
  call[0] = SYS_EXIT;
  call[1] = 42;
  prove_exit (42);
  asm volatile ("movl %0, %%esp; int $0x30" : : "r" (call));
  fail ("should have exited");
}
