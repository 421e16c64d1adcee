/* A 32 kB file written one byte at a time: the cache merges the 32768 writes into a few per sector. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "cache-merge"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (create ("data", 0), "create an empty file");
  int fd = open ("data");
  for (int i = 0; i < 32 * 1024; i++)
    {
      char byte = i * 7;
      if (write (fd, &byte, 1) != 1)
        fail ("write byte %d", i);
    }
  close (fd);
  msg ("wrote 32768 single bytes");
  fd = open ("data");
  for (int i = 0; i < 32 * 1024; i++)
    {
      char byte;
      if (read (fd, &byte, 1) != 1 || byte != (char) (i * 7))
        fail ("byte %d", i);
    }
  close (fd);
  msg ("and read them back");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
