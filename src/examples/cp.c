/* cp: copies file FROM to a new file TO.  Files in Skiff have a fixed
   size, so TO is created with FROM's size and then filled. */
#include <stdio.h>
#include <syscall.h>

/* Copies everything from IN to OUT; false if a write falls short. */
static bool
copy (int in, int out)
{
  char buffer[256];
  int length;

  while ((length = read (in, buffer, sizeof buffer)) > 0)
    if (write (out, buffer, length) != length)
      return false;
  return length == 0;
}

int
main (int argc, char *argv[])
{
  int in, out;
  bool ok;

  if (argc != 3)
    {
      printf ("usage: cp FROM TO\n");
      return EXIT_FAILURE;
    }
  in = open (argv[1]);
  if (in < 0)
    {
      printf ("cp: cannot open %s\n", argv[1]);
      return EXIT_FAILURE;
    }
  if (!create (argv[2], filesize (in)) || (out = open (argv[2])) < 0)
    {
      printf ("cp: cannot create %s\n", argv[2]);
      close (in);
      return EXIT_FAILURE;
    }
  ok = copy (in, out);
  if (!ok)
    printf ("cp: could not copy all of %s\n", argv[1]);
  close (in);
  close (out);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
