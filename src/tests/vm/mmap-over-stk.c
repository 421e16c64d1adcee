/* mmap over the stack, over the stack's region below it (where it may
   still grow), and across its lower end is refused. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-over-stk";

#define STACK_MAX (8 * 1024 * 1024)

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 3 * PAGE_SIZE, 1);
  int fd = open_or_fail ("data");
  check (mmap (fd, (void *) (USER_TOP - PAGE_SIZE)) == MAP_FAILED, "over the stack: refused");
  check (mmap (fd, (void *) (USER_TOP - STACK_MAX)) == MAP_FAILED, "in its region: refused");
  check (mmap (fd, (void *) (USER_TOP - STACK_MAX - PAGE_SIZE)) == MAP_FAILED,
         "across its end: refused");
  check (mmap (fd, (void *) (USER_TOP - STACK_MAX - 3 * PAGE_SIZE)) != MAP_FAILED,
         "just below it: mapped");
  return 0;
}
