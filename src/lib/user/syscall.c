/* The user side of every system call: push the call number and its
   arguments, trap into the kernel with `int $0x30`, and hand back what the
   kernel left in eax.  See lib/syscall-nr.h for the numbers. */
#include <syscall.h>
#include <stdint.h>
#include <syscall-nr.h>

/* Traps into the kernel for call NUMBER.  The stack the kernel sees at
   the trap holds NUMBER, then ARG0, ARG1, ARG2, like the stack of a C call.
   Every call pushes three argument words for simplicity; the kernel reads
   only as many as the call takes. */
static int
syscall (enum syscall_number number, uint32_t arg0, uint32_t arg1,
         uint32_t arg2)
{
  int result;

  /* The arguments are in registers, not memory: a memory operand could
     be addressed relative to esp, which the pushes move.  The "memory"
     clobber is because the kernel may read or write any buffer we passed. */
  asm volatile ("pushl %[a2]; pushl %[a1]; pushl %[a0]; pushl %[nr];"
                "int $0x30;"
                "addl $16, %%esp"
                : "=a" (result)
                : [nr] "r" ((uint32_t) number), [a0] "r" (arg0),
                  [a1] "r" (arg1), [a2] "r" (arg2)
                : "memory");
  return result;
}

/* Pointers and integers both travel as 32-bit words. */
#define WORD(X) ((uint32_t) (X))

void
halt (void)
{
  syscall (SYS_HALT, 0, 0, 0);
  NOT_REACHED ();
}

void
exit (int status)
{
  syscall (SYS_EXIT, WORD (status), 0, 0);
  NOT_REACHED ();
}

pid_t
exec (const char *cmdline)
{
  return syscall (SYS_EXEC, WORD (cmdline), 0, 0);
}

int
wait (pid_t child)
{
  return syscall (SYS_WAIT, WORD (child), 0, 0);
}

bool
create (const char *file, unsigned initial_size)
{
  return syscall (SYS_CREATE, WORD (file), WORD (initial_size), 0);
}

bool
remove (const char *file)
{
  return syscall (SYS_REMOVE, WORD (file), 0, 0);
}

int
open (const char *file)
{
  return syscall (SYS_OPEN, WORD (file), 0, 0);
}

int
filesize (int fd)
{
  return syscall (SYS_FILESIZE, WORD (fd), 0, 0);
}

int
read (int fd, void *buffer, unsigned size)
{
  return syscall (SYS_READ, WORD (fd), WORD (buffer), WORD (size));
}

int
write (int fd, const void *buffer, unsigned size)
{
  return syscall (SYS_WRITE, WORD (fd), WORD (buffer), WORD (size));
}

void
seek (int fd, unsigned position)
{
  syscall (SYS_SEEK, WORD (fd), WORD (position), 0);
}

unsigned
tell (int fd)
{
  return syscall (SYS_TELL, WORD (fd), 0, 0);
}

void
close (int fd)
{
  syscall (SYS_CLOSE, WORD (fd), 0, 0);
}

mapid_t
mmap (int fd, void *addr)
{
  return syscall (SYS_MMAP, WORD (fd), WORD (addr), 0);
}

void
munmap (mapid_t mapping)
{
  syscall (SYS_MUNMAP, WORD (mapping), 0, 0);
}

bool
chdir (const char *dir)
{
  return syscall (SYS_CHDIR, WORD (dir), 0, 0);
}

bool
mkdir (const char *dir)
{
  return syscall (SYS_MKDIR, WORD (dir), 0, 0);
}

bool
readdir (int fd, char name[READDIR_MAX_LEN + 1])
{
  return syscall (SYS_READDIR, WORD (fd), WORD (name), 0);
}

bool
isdir (int fd)
{
  return syscall (SYS_ISDIR, WORD (fd), 0, 0);
}

int
inumber (int fd)
{
  return syscall (SYS_INUMBER, WORD (fd), 0, 0);
}
