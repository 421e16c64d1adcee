/* cat: prints the contents of each file named on its command line. */
#include <stdio.h>
#include <syscall.h>

/* Copies the file open as FD to the console. */
static void
print_file (int fd)
{
  char buffer[256];
  int length;

  while ((length = read (fd, buffer, sizeof buffer)) > 0)
    write (1, buffer, length);
}

int
main (int argc, char *argv[])
{
  int status = EXIT_SUCCESS;

  for (int i = 1; i < argc; i++)
    {
      int fd = open (argv[i]);
      if (fd < 0)
        {
          printf ("cat: cannot open %s\n", argv[i]);
          status = EXIT_FAILURE;
          continue;
        }
      print_file (fd);
      close (fd);
    }
  return status;
}
