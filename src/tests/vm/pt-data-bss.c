/* Checks what lazy loading must give: initialized data as the file has
   it, and zeros in the bss, whichever page is touched first, and both
   writable. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-data-bss";

#define WORDS 8192                      /* 32 kB of each. */
static uint32_t data[WORDS] = { [0] = 11, [1024] = 22, [4096] = 33, [WORDS - 1] = 44 };
static uint32_t bss[WORDS];

int
main (void)
{
  msg ("begin");
  check (data[WORDS - 1] == 44 && data[4096] == 33 && data[1024] == 22
         && data[0] == 11 && data[2048] == 0, "data has its values");
  for (int i = WORDS - 1; i >= 0; i -= 1024)
    if (bss[i] != 0)
      fail ("bss[%d] is %u", i, bss[i]);
  msg ("bss is zero");
  for (int i = 0; i < WORDS; i++)
    data[i] = bss[i] = i;
  for (int i = 0; i < WORDS; i++)
    if (data[i] != (uint32_t) i || bss[i] != (uint32_t) i)
      fail ("word %d lost", i);
  msg ("both keep what is written");
  return 0;
}
