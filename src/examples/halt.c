/* halt: powers the machine off, from user space. */
#include <syscall.h>

int
main (void)
{
  halt ();
}
