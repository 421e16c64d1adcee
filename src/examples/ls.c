/* ls: lists the files of each directory named on its command line, or
   of the current directory.  Reading directories needs the readdir
   system call of phase 4; before that, ls says so instead of listing. */
#include <stdio.h>
#include <syscall.h>

/* Prints the names in directory DIR; false if it cannot be read. */
static bool
list (const char *dir)
{
  char name[READDIR_MAX_LEN + 1];
  int fd = open (dir);
  bool ok = true;

  if (fd < 0)
    {
      printf ("ls: cannot open %s (directories arrive in phase 4)\n", dir);
      return false;
    }
  printf ("%s:\n", dir);
  for (;;)
    {
      /* A kernel without readdir answers -1, which reads as true, and
         leaves NAME alone: an empty NAME catches that. */
      name[0] = '\0';
      if (!readdir (fd, name))
        break;
      if (name[0] == '\0')
        {
          printf ("ls: this kernel cannot read directories yet\n");
          ok = false;
          break;
        }
      printf ("  %s\n", name);
    }
  close (fd);
  return ok;
}

int
main (int argc, char *argv[])
{
  bool ok = true;

  if (argc < 2)
    return list (".") ? EXIT_SUCCESS : EXIT_FAILURE;
  for (int i = 1; i < argc; i++)
    ok = list (argv[i]) && ok;
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
