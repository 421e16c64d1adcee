/* Asks read () to fill a const table: the kernel must refuse to write
   where the user could not, and kill the process. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-sc-rodata";

static const uint8_t table[8192] = { 1 };

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 100, 0);
  int fd = open_or_fail ("data");
  read (fd, (void *) &table[4096], 100);
  fail ("should have died");
}
