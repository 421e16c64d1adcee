/* A removed file stays readable through a descriptor opened before; its name is free at once. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "rm-open-file"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  write_file ("f", 3000, 8, 1000);
  int fd = open ("f");
  check (remove ("f"), "remove f while open");
  check (open ("f") < 0, "f cannot be opened again");
  static char buf[3000];
  check (read (fd, buf, 3000) == 3000, "the open descriptor reads all 3000 bytes");
  check_pattern (buf, 3000, 8, 0, "f");
  check (create ("f", 10), "a new f can be made");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
