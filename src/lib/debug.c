/* The call-stack walk that kernel and user panics share. Each one knows
   where its stacks may lie and passes that in: see debug_backtrace_from()
   in lib/kernel/debug.c and lib/user/debug.c. */
#include <debug.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

/* Prints "Call stack:" and the return addresses found by following frame
   pointers from FRAME. With -fno-omit-frame-pointer, every frame starts
   with its caller's frame pointer, then the return address into the
   caller. The walk stops at a frame outside [LOW, HIGH), at a return
   address of 0 (the dummy below a program's first frame), or at a frame
   pointer that does not lead up the stack, so that a corrupt stack ends
   the walk instead of looping or faulting. */
void
debug_print_call_stack (void *frame, const void *low, const void *high)
{
  uintptr_t *fp = frame;

  printf ("Call stack:");
  while (fp != NULL && (void *) fp >= low && (void *) (fp + 2) <= high
         && fp[1] != 0)
    {
      printf (" %#" PRIxPTR, fp[1]);
      uintptr_t *caller = (uintptr_t *) fp[0];
      if (caller <= fp)
        break;
      fp = caller;
    }
  printf ("\n");
}
