/* A child linked with child-share.lds, which packs its data segment
   into the last page of its code segment: the loader must map that page
   once, writable, with the bytes of both. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-share";

static const char constant[] = "read-only";
static int data = 20;
static int bss[10];

int
main (void)
{
  bss[9] = data + 1;
  data = constant[0];
  msg ("run: %s %d %d", constant, bss[9], data);
  return bss[9];
}
