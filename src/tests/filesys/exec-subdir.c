/* Programs in subdirectories run, by absolute and relative paths, two at once: the kernel pages them in (and shares their code) through the path, not the root directory. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

const char test_name[] = "exec-subdir";

/* Copies the file FROM to a new file TO, 300 bytes a write, so that TO
   grows as it is written. */
static void
copy (const char *from, const char *to)
{
  static char piece[300];
  int in = open (from);
  check (in > 1 && create (to, 0), "create %s", to);
  int out = open (to);
  int n;
  while ((n = read (in, piece, sizeof piece)) > 0)
    if (write (out, piece, n) != n)
      fail ("write %s", to);
  check (filesize (out) == filesize (in), "copy /child-cwd to %s", to);
  close (in);
  close (out);
}

static void
operate (void)
{
  check (mkdir ("bin") && mkdir ("d") && create ("d/marker", 77),
         "make bin, d and d/marker");
  copy ("/child-cwd", "bin/cc");
  check (chdir ("d"), "chdir d");
  msg ("exec it twice at once");
  pid_t one = exec ("/bin/cc");
  pid_t two = exec ("../bin/cc");
  if (one == -1 || two == -1)
    fail ("exec /bin/cc: %d, ../bin/cc: %d", one, two);
  check (wait (one) == 0 && wait (two) == 0, "both found marker in d");
  check (exec ("cc") == -1, "no cc in d");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
