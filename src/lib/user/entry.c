/* Where every user program begins.  The kernel starts a new process at
   _start with its stack laid out as if _start had just been called:
   a (never used) return address, then argc, then argv.  _start runs the
   program's main and turns its return value into the exit status. */
#include <syscall.h>

int main (int argc, char *argv[]);
void _start (int argc, char *argv[]) NO_RETURN;

void
_start (int argc, char *argv[])
{
  exit (main (argc, argv));
}
