/* Points esp at the bottom of a page three pages below the stack and
   grows the stack there by pusha, which writes 32 bytes below esp before it moves it. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-grow-pusha";

int
main (void)
{
  msg ("begin");
  uint32_t here;
  uint32_t target = (((uintptr_t) &here) & ~(uintptr_t) 0xfff) - 3 * PAGE_SIZE;
  asm volatile ("movl %%esp, %%ebx\n\t"
                "movl %0, %%esp\n\t"
                "pushal\n\t"
                "movl %%ebx, %%esp"
                : : "r" (target) : "ebx", "memory");
  uint32_t *pushed = (uint32_t *) target - 8;
  msg ("the words pushed are there: %s",
       pushed[3] == target ? "yes" : "no");
  return 0;
}
