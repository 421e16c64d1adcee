/* The stack may grow down to 8 MB below the top of user memory, and no
   further: a push just inside the limit works, one just outside kills
   the process. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-stack-max";

#define STACK_MAX (8 * 1024 * 1024)

/* Points esp at ESP and pushes a word there. */
static void
push_at (uintptr_t esp)
{
  asm volatile ("movl %%esp, %%ebx\n\t"
                "movl %0, %%esp\n\t"
                "pushl $1\n\t"
                "movl %%ebx, %%esp"
                : : "r" (esp) : "ebx", "memory");
}

int
main (void)
{
  msg ("begin");
  push_at (USER_TOP - STACK_MAX + 4);
  msg ("pushed at the last word of the 8 MB");
  push_at (USER_TOP - STACK_MAX);
  fail ("pushed below 8 MB");
}
