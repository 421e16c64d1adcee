/* Reads its own code, including a page that was never executed (a
   function that is never called, placed far from main by its size):
   reading code is allowed, and pages come in on the first read. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-read-code";

/* Code no one runs, several pages of it. */
void
never_called (void)
{
  asm volatile (".fill 12288, 1, 0x90");
}

int
main (void)
{
  msg ("begin");
  const volatile uint8_t *code = (const volatile uint8_t *) never_called;
  unsigned nops = 0;
  for (int i = 0; i < 12288 + 64; i++)
    nops += code[i] == 0x90;
  check (nops >= 12288, "read %u bytes of untouched code", nops >= 12288 ? 12288u : nops);
  return 0;
}
