/* Grows the stack by small frames: a recursion 400 calls deep, each
   call with 100 bytes of its own, crossing page after page. Every frame
   is checked on the way back up. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-grow-small";

static int
descend (int depth)
{
  uint8_t frame[100];
  fill_pattern (frame, sizeof frame, depth, 0);
  int below = depth > 0 ? descend (depth - 1) : 0;
  check_pattern (frame, sizeof frame, depth, 0, "a frame");
  return below + 1;
}

int
main (void)
{
  msg ("begin");
  msg ("%d frames deep and back", descend (399));
  return 0;
}
