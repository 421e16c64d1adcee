/* Makes the exit system call with its number's four bytes split between
   two mapped pages: the kernel must read it across the boundary. */
#include <syscall-nr.h>
#include <string.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-boundary2";

static uint8_t pages[2 * PAGE_SIZE] __attribute__ ((aligned (PAGE_SIZE)));

int
main (void)
{
  msg ("begin");
  uint8_t *call = pages + PAGE_SIZE - 2;
  uint32_t words[2] = { SYS_EXIT, 67 };
  memcpy (call, words, sizeof words);
  prove_exit (67);
  asm volatile ("movl %0, %%esp; int $0x30" : : "r" (call));
  fail ("should have exited");
}
