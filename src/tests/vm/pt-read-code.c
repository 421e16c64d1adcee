/* Reads its own code, three pages of it that never run
   (untouched_code, in vmtest.h): reading code is allowed, and its pages
   come in on the first read. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-read-code";

int
main (void)
{
  msg ("begin");
  const volatile uint8_t *code = (const volatile uint8_t *) untouched_code;
  unsigned nops = 0;
  for (int i = 0; i < 12288 + 64; i++)
    nops += code[i] == 0x90;
  check (nops >= 12288, "read %u bytes of untouched code", nops >= 12288 ? 12288u : nops);
  return 0;
}
