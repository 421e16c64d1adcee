/* create() with good and bad names that must not kill: a new file, an
   existing one, an empty name, a name far too long, and a good name
   that straddles a page boundary. */
#include <string.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "create-basic";

static char pages[2 * PAGE_SIZE] __attribute__ ((aligned (PAGE_SIZE)));
static char long_name[600];

int
main (void)
{
  msg ("begin");
  check (create ("quux", 0), "create quux, 0 bytes");
  check (create ("blarg", 1000), "create blarg, 1000 bytes");
  int fd = open ("blarg");
  check (fd > 1 && filesize (fd) == 1000, "blarg is 1000 bytes");
  close (fd);
  check (!create ("quux", 10), "create quux again fails");
  check (!create ("", 0), "create with an empty name fails");
  memset (long_name, 'x', sizeof long_name - 1);
  check (!create (long_name, 0), "create with a %zu-byte name fails",
         strlen (long_name));

  /* "split" with "sp" at the end of one page and "lit" at the start of
     the next. */
  char *name = pages + PAGE_SIZE - 2;
  strlcpy (name, "split", 6);
  check (create (name, 0), "create a name that straddles two pages");
  check ((fd = open ("split")) > 1, "open it");
  close (fd);
  msg ("end");
  return 0;
}
