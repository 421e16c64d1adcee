/* Points esp at the bottom of a page three pages below the stack and
   grows the stack there by a push, which writes 4 bytes below esp before it moves it. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-grow-push";

int
main (void)
{
  msg ("begin");
  uint32_t here;
  uint32_t target = (((uintptr_t) &here) & ~(uintptr_t) 0xfff) - 3 * PAGE_SIZE;
  asm volatile ("movl %%esp, %%ebx\n\t"
                "movl %0, %%esp\n\t"
                "pushl $0x5eed\n\t"
                "movl %%ebx, %%esp"
                : : "r" (target) : "ebx", "memory");
  uint32_t *pushed = (uint32_t *) target - 1;
  msg ("the words pushed are there: %s",
       pushed[0] == 0x5eed ? "yes" : "no");
  return 0;
}
