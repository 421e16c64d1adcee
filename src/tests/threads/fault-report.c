/* Reads through a null pointer in kernel code. That is a kernel bug, so
   the page fault must stop the kernel, reporting the exception, the
   faulting address (0, in CR2), the registers and a call stack that
   leads back into this test. */
#include "tests/threads/tests.h"
#include <stdint.h>

void
test_fault_report (void)
{
  /* Through a volatile, so that the compiler cannot see the null. */
  volatile uintptr_t zero = 0;
  int *null = (int *) zero;
  msg ("reading through a null pointer");
  msg ("read %d: the fault was not caught", *null);
}
