/* wait() for processes that are not the caller's children: nonsense
   pids and a grandchild. Each returns -1 at once. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "wait-bad-pid";

int
main (int argc, char *argv[] UNUSED)
{
  /* Run as "wait-bad-pid child": run a grandchild, and tell the
     parent its pid through a file. */
  if (argc > 1)
    {
      pid_t pid = exec ("child-simple");
      wait (pid);
      int fd = open ("pid");
      write (fd, &pid, sizeof pid);
      return 0;
    }

  msg ("begin");
  check (wait (-1) == -1, "wait(-1) = -1");
  check (wait (0) == -1, "wait(0) = -1");
  check (wait (12345) == -1, "wait(12345) = -1");
  check (create ("pid", sizeof (pid_t)), "create pid");
  check (run ("wait-bad-pid child") == 0, "the child ran a grandchild");
  pid_t grandchild;
  int fd = open ("pid");
  check (read (fd, &grandchild, sizeof grandchild) == sizeof grandchild,
         "read the grandchild's pid");
  check (wait (grandchild) == -1, "wait(grandchild) = -1");
  msg ("end");
  return 0;
}
