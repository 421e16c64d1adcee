/* A program with a 1 MB bss, for pt-exec-commit: more writable memory
   than a small user pool without swap could ever hold. */
#include "tests/vm/vmtest.h"

const char test_name[] = "child-huge";

static volatile uint8_t huge[1024 * 1024];

int
main (void)
{
  return huge[0];
}
