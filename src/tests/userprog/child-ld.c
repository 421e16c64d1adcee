/* A child linked with GNU ld's default script (see userprog/Makefile):
   it touches its code, constants, data and bss, and exits with a status
   made from all four. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-ld";

static const int constant = 30;
static int data = 12;
static int bss[2000];

int
main (void)
{
  bss[1999] = data;
  data = constant;
  msg ("run");
  return bss[1999] + data;
}
