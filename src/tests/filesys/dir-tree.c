/* A tree three levels deep, three directories wide, a file in each leaf. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-tree"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  char path[64];
  for (int i = 0; i < 3; i++)
    {
      snprintf (path, sizeof path, "/d%d", i);
      if (!mkdir (path))
        fail ("mkdir %s", path);
      for (int j = 0; j < 3; j++)
        {
          snprintf (path, sizeof path, "/d%d/e%d", i, j);
          if (!mkdir (path))
            fail ("mkdir %s", path);
          for (int k = 0; k < 3; k++)
            {
              snprintf (path, sizeof path, "/d%d/e%d/f%d", i, j, k);
              if (!mkdir (path))
                fail ("mkdir %s", path);
              snprintf (path, sizeof path, "/d%d/e%d/f%d/leaf", i, j, k);
              write_file (path, 100 + 10 * k, i * 9 + j * 3 + k, 100);
            }
        }
    }
  msg ("made 39 directories and 27 files");
  for (int n = 0; n < 27; n++)
    {
      snprintf (path, sizeof path, "d%d/e%d/f%d/leaf", n / 9, n / 3 % 3, n % 3);
      check_file (path, 100 + 10 * (n % 3), n, 100);
    }
  msg ("every leaf holds its bytes");
}

/* The second boot of dir-tree-p: did everything survive? */
static void
verify (void)
{
  char path[64];
  for (int n = 0; n < 27; n++)
    {
      snprintf (path, sizeof path, "/d%d/e%d/f%d/leaf", n / 9, n / 3 % 3, n % 3);
      check_file (path, 100 + 10 * (n % 3), n, 100);
    }
  msg ("the whole tree survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
