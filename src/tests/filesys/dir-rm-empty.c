/* An empty directory can be removed; its name is then free. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-rm-empty"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d"), "mkdir d");
  check (remove ("d"), "remove d");
  check (open ("d") < 0, "d is gone");
  check (!chdir ("d"), "chdir d fails");
  check (create ("d", 0), "the name d is free for a file");
}

/* The second boot of dir-rm-empty-p: did everything survive? */
static void
verify (void)
{
  int fd = open ("d");
  check (fd > 1 && !isdir (fd), "d is a file after the reboot");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
