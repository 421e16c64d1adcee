/* With a small user pool and no swap, a program whose bss could never
   fit (child-huge) does not load: exec returns -1 with the loader's reason, and a
   small program still runs afterwards. */
#include <string.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-exec-commit";

int
main (int argc, char *argv[])
{
  if (argc == 2 && !strcmp (argv[1], "small"))
    return 7;

  msg ("begin");
  check (exec ("child-huge") == PID_ERROR, "the 1 MB program is refused");
  check (run ("pt-exec-commit small") == 7, "a small one runs");
  return 0;
}
