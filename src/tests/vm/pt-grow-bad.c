/* Writes 4 kB below the stack pointer: too far below to be the stack
   growing, so a bad access, which kills the process. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-grow-bad";

int
main (void)
{
  msg ("begin");
  uint8_t *esp;
  asm volatile ("movl %%esp, %0" : "=g" (esp));
  *(volatile uint8_t *) (esp - 4096) = 1;
  fail ("should have died");
}
