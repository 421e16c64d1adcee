/* Writes to read-only data (a const table): the process dies. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-write-ro";

static const uint8_t table[8192] = { 1, 2, 3 };

int
main (void)
{
  msg ("begin");
  msg ("table[2] is %d", table[2]);
  *(volatile uint8_t *) &table[4096] = 0;
  fail ("should have died");
}
