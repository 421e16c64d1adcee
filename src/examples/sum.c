/* sum [-cBYTES] FILE...: reads each file from start to end, BYTES (1 to
   512, default 512: a sector) a call, and prints its size and the sum of
   its bytes.  A sequential reader, for measuring what the disk does under
   it (doc/filesys.md, "Figures"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>

int
main (int argc, char *argv[])
{
  static unsigned char sector[512];
  int status = EXIT_SUCCESS, chunk = sizeof sector, first = 1;

  if (argc > 1 && !strncmp (argv[1], "-c", 2))
    {
      chunk = atoi (argv[1] + 2);
      first = 2;
      if (chunk < 1 || chunk > (int) sizeof sector)
        {
          printf ("sum: -c takes 1 to %d bytes\n", (int) sizeof sector);
          return EXIT_FAILURE;
        }
    }
  for (int i = first; i < argc; i++)
    {
      unsigned sum = 0, size = 0;
      int fd = open (argv[i]), length;
      if (fd < 0)
        {
          printf ("sum: cannot open %s\n", argv[i]);
          status = EXIT_FAILURE;
          continue;
        }
      while ((length = read (fd, sector, chunk)) > 0)
        for (int j = 0; j < length; j++, size++)
          sum += sector[j];
      printf ("%s: %u bytes, sum %u\n", argv[i], size, sum);
      close (fd);
    }
  return status;
}
