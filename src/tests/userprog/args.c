/* Prints the arguments it was started with, one per line, after checking
   that the kernel laid them out where the ABI says: argv and every
   string inside the stack page, argv word-aligned, argv[argc] null. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "args";

/* Is P inside the top page of user memory, the initial stack? */
static bool
in_stack_page (const void *p)
{
  return (uintptr_t) p >= USER_TOP - PAGE_SIZE && (uintptr_t) p < USER_TOP;
}

int
main (int argc, char *argv[])
{
  msg ("begin");
  msg ("argc = %d", argc);
  if (!in_stack_page (argv) || (uintptr_t) argv % 4 != 0)
    fail ("argv at %p: not an aligned address in the stack page", (void *) argv);
  for (int i = 0; i < argc; i++)
    {
      if (!in_stack_page (argv[i]))
        fail ("argv[%d] at %p: not in the stack page", i, (void *) argv[i]);
      msg ("argv[%d] = '%s'", i, argv[i]);
    }
  if (argv[argc] != NULL)
    fail ("argv[argc] is %p, not null", (void *) argv[argc]);
  msg ("argv[argc] = null");
  msg ("end");
  return 0;
}
