/* Points esp at the bottom of a page three pages below the stack and
   grows the stack there by a push, which writes 4 bytes below esp before it moves it. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-grow-push";

int
main (void)
{
  msg ("begin");
  uint32_t target = STACK_PAGES_BELOW (3);
  RUN_WITH_ESP (target, "pushl $0x5eed");
  uint32_t *pushed = (uint32_t *) target - 1;
  msg ("the words pushed are there: %s",
       pushed[0] == 0x5eed ? "yes" : "no");
  return 0;
}
