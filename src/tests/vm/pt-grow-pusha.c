/* Points esp at the bottom of a page three pages below the stack and
   grows the stack there by pusha, which writes 32 bytes below esp before it moves it. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-grow-pusha";

int
main (void)
{
  msg ("begin");
  uint32_t target = STACK_PAGES_BELOW (3);
  RUN_WITH_ESP (target, "pushal");
  uint32_t *pushed = (uint32_t *) target - 8;
  msg ("the words pushed are there: %s",
       pushed[3] == target ? "yes" : "no");
  return 0;
}
