/* System calls: the kernel's side of `int $0x30`.

   A user program asks for a service by pushing the call's arguments and
   its number (lib/syscall-nr.h) on its stack and executing `int $0x30`
   (see lib/user/syscall.c). The CPU switches to the kernel stack and
   the interrupt system calls syscall_handler () with the user's
   registers, among them the user's stack pointer, where the number and
   the arguments are. The handler's return value goes back in eax.

   Everything the program passes is suspect: the stack pointer itself,
   every pointer argument, every buffer and string they point at, every
   file descriptor. A bad pointer is a bug in the program, and the
   program is killed with exit status -1; a bad file descriptor or file
   name is an error the program may handle, and the call fails with -1
   (or false). The kernel never goes down. */
#include "userprog/syscall.h"
#include <stdio.h>
#include "threads/interrupt.h"
#include "threads/thread.h"
#ifdef SOLUTION_USERPROG
#include <console.h>
#include <stdint.h>
#include <syscall-nr.h>
#include "devices/input.h"
#include "devices/shutdown.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"
#include "userprog/fdtable.h"
#include "userprog/process.h"
#include "userprog/uaccess.h"
#ifdef SOLUTION_VM
#ifdef VM
#include "vm/mmap.h"
#endif
#endif
#endif
#ifdef SOLUTION_FILESYS
#include <string.h>
#include "filesys/layout.h"
#ifdef FILESYS_PHASE
/* The directory calls (chdir ... inumber) are the filesys phase's: in
   the userprog phase they stay calls of a later phase. */
#define DIRECTORY_CALLS
#endif
#endif

/* The interrupt vector of system calls. */
#define SYSCALL_VECTOR 0x30

static void syscall_handler (struct intr_frame *);

/* Lets user programs (DPL 3) trap into the kernel through vector 0x30.
   The handler runs with interrupts on: a system call may take long, and
   the rest of the system should not stop meanwhile. */
void
syscall_init (void)
{
  intr_register_int (SYSCALL_VECTOR, 3, INTR_ON, syscall_handler, "syscall");
}

#ifdef SOLUTION_USERPROG
/* Room for a file name copied from user memory. Longer names cannot
   exist: calls given one fail without trying. */
#define NAME_BUFFER 128

/* Ends the calling process for passing a bad pointer. */
static void NO_RETURN
bad_pointer (void)
{
  process_terminate (-1);
}

/* Copies the file name at user address UNAME into NAME, a buffer of
   NAME_BUFFER bytes. Returns false if it is too long to be a name; kills
   the process if it is not readable. */
static bool
get_name (char *name, const char *uname)
{
  int length = uaccess_copy_string (name, uname, NAME_BUFFER);
  if (length < 0)
    bad_pointer ();
  return length < NAME_BUFFER;
}

/* Kills the process unless the SIZE bytes at user address UBUF are its
   memory, and writable if WRITABLE. */
static void
check_buffer (const void *ubuf, size_t size, bool writable)
{
  if (!uaccess_check (ubuf, size, writable))
    bad_pointer ();
}

/* Returns the file that descriptor FD of the calling process names, or
   NULL. */
static struct file *
get_file (int fd)
{
  return fdtable_get (&thread_current ()->process->fds, fd);
}

/* Each handler receives the call's argument words, already copied from
   the user stack, and returns the value the program sees in eax. */

static uint32_t
sys_halt (const uint32_t args[] UNUSED)
{
  shutdown_power_off ();
}

static uint32_t
sys_exit (const uint32_t args[])
{
  process_terminate ((int) args[0]);
}

static uint32_t
sys_exec (const uint32_t args[])
{
  /* A page: room for any command line process_execute () accepts. */
  char *cmdline = palloc_get_page (0);
  if (cmdline == NULL)
    return TID_ERROR;
  int length = uaccess_copy_string (cmdline, (const char *) args[0], PGSIZE);
  tid_t tid = length >= 0 && length < (int) PGSIZE
              ? process_execute (cmdline) : TID_ERROR;
  palloc_free_page (cmdline);
  if (length < 0)
    bad_pointer ();
  return tid;
}

static uint32_t
sys_wait (const uint32_t args[])
{
  return process_wait ((tid_t) args[0]);
}

static uint32_t
sys_create (const uint32_t args[])
{
  char name[NAME_BUFFER];
  uint32_t size = args[1];
  return (get_name (name, (const char *) args[0])
          && size <= INT32_MAX
          && filesys_create (name, size));
}

static uint32_t
sys_remove (const uint32_t args[])
{
  char name[NAME_BUFFER];
  return get_name (name, (const char *) args[0]) && filesys_remove (name);
}

static uint32_t
sys_open (const uint32_t args[])
{
  char name[NAME_BUFFER];
  if (!get_name (name, (const char *) args[0]))
    return -1;
  struct file *file = filesys_open (name);
  if (file == NULL)
    return -1;
  int fd = fdtable_add (&thread_current ()->process->fds, file);
  if (fd < 0)
    file_close (file);
  return fd;
}

static uint32_t
sys_filesize (const uint32_t args[])
{
  struct file *file = get_file (args[0]);
  return file != NULL ? file_length (file) : -1;
}

/* A uaccess_move_func for read(): fills the LENGTH bytes at KBUF from
   FILE, or from the keyboard if FILE is NULL. */
static size_t
read_into (void *kbuf, size_t length, void *file)
{
  if (file != NULL)
    return file_read (file, kbuf, length);
  uint8_t *buffer = kbuf;
  for (size_t i = 0; i < length; i++)
    buffer[i] = input_getc ();
  return length;
}

static uint32_t
sys_read (const uint32_t args[])
{
  int fd = args[0];
  uint8_t *ubuf = (uint8_t *) args[1];
  size_t size = args[2];
  check_buffer (ubuf, size, true);
  struct file *file = get_file (fd);
  if (fd != FD_STDIN && file == NULL)
    return -1;
  return uaccess_move (ubuf, size, true, read_into, file);
}

/* A uaccess_move_func for write(): writes the LENGTH bytes at KBUF to
   FILE, or on the console if FILE is NULL. */
static size_t
write_from (void *kbuf, size_t length, void *file)
{
  if (file != NULL)
    return file_write (file, kbuf, length);
  putbuf (kbuf, length);
  return length;
}

static uint32_t
sys_write (const uint32_t args[])
{
  int fd = args[0];
  const uint8_t *ubuf = (const uint8_t *) args[1];
  size_t size = args[2];
  check_buffer (ubuf, size, false);
  struct file *file = get_file (fd);
  if (fd != FD_STDOUT && file == NULL)
    return -1;
  return uaccess_move (ubuf, size, false, write_from, file);
}

static uint32_t
sys_seek (const uint32_t args[])
{
  struct file *file = get_file (args[0]);
  uint32_t position = args[1];
  /* Past INT32_MAX is not a position a file can have. */
  if (file != NULL && position <= INT32_MAX)
    file_seek (file, position);
  return 0;
}

static uint32_t
sys_tell (const uint32_t args[])
{
  struct file *file = get_file (args[0]);
  return file != NULL ? file_tell (file) : -1;
}

#ifdef DIRECTORY_CALLS
/* The system calls of phase 4: directories. */
static uint32_t
sys_chdir (const uint32_t args[])
{
  char name[NAME_BUFFER];
  struct process *p = thread_current ()->process;
  struct dir *dir = (get_name (name, (const char *) args[0])
                     ? filesys_open_dir (name) : NULL);
  if (dir == NULL)
    return false;
  filesys_close_dir (p->cwd);
  p->cwd = dir;
  return true;
}

static uint32_t
sys_mkdir (const uint32_t args[])
{
  char name[NAME_BUFFER];
  return get_name (name, (const char *) args[0]) && filesys_mkdir (name);
}

static uint32_t
sys_readdir (const uint32_t args[])
{
  struct file *file = get_file (args[0]);
  char name[NAME_MAX + 1];
  char *uname = (char *) args[1];
  check_buffer (uname, sizeof name, true);
  if (file == NULL || !file_is_dir (file) || !file_readdir (file, name))
    return false;
  return uaccess_copy_out (uname, name, sizeof name);
}

static uint32_t
sys_isdir (const uint32_t args[])
{
  struct file *file = get_file (args[0]);
  return file != NULL && file_is_dir (file);
}

static uint32_t
sys_inumber (const uint32_t args[])
{
  struct file *file = get_file (args[0]);
  return file != NULL ? file_inumber (file) : -1;
}
#endif

static uint32_t
sys_close (const uint32_t args[])
{
  struct file *file = fdtable_remove (&thread_current ()->process->fds, args[0]);
  if (file != NULL)
    file_close (file);
  return 0;
}

/* mmap (fd, addr) and munmap (mapid): the vm phase's. Before it, they
   fail like the calls of the later phases below. */
static uint32_t
sys_mmap (const uint32_t args[] UNUSED)
{
#ifdef SOLUTION_VM
#ifdef VM
  int fd = args[0];
  if (fd == FD_STDIN || fd == FD_STDOUT)
    return -1;
  return mmap_map (get_file (fd), (void *) args[1]);
#endif
#else
  /* TODO (vm): map the file; see doc/vm.md. */
#endif
  return -1;
}

static uint32_t
sys_munmap (const uint32_t args[] UNUSED)
{
#ifdef SOLUTION_VM
#ifdef VM
  mmap_unmap (args[0]);
#endif
#else
  /* TODO (vm): end the mapping. */
#endif
  return 0;
}

/* Calls that belong to later phases (chdir ... inumber): a program built
   for them gets a clean failure, not death: -1 from those that return a
   number, false from those that return a bool (where -1 would read as
   true). */
#ifndef DIRECTORY_CALLS
static uint32_t
sys_later_phase (const uint32_t args[] UNUSED)
{
  return -1;
}

static uint32_t
sys_later_phase_bool (const uint32_t args[] UNUSED)
{
  return false;
}
#endif

/* Every call the kernel knows: its handler and how many argument words
   it takes from the user stack. */
static const struct
  {
    uint32_t (*handler) (const uint32_t args[]);
    unsigned arg_cnt;
  }
syscalls[] =
  {
    [SYS_HALT] = { sys_halt, 0 },
    [SYS_EXIT] = { sys_exit, 1 },
    [SYS_EXEC] = { sys_exec, 1 },
    [SYS_WAIT] = { sys_wait, 1 },
    [SYS_CREATE] = { sys_create, 2 },
    [SYS_REMOVE] = { sys_remove, 1 },
    [SYS_OPEN] = { sys_open, 1 },
    [SYS_FILESIZE] = { sys_filesize, 1 },
    [SYS_READ] = { sys_read, 3 },
    [SYS_WRITE] = { sys_write, 3 },
    [SYS_SEEK] = { sys_seek, 2 },
    [SYS_TELL] = { sys_tell, 1 },
    [SYS_CLOSE] = { sys_close, 1 },
    [SYS_MMAP] = { sys_mmap, 2 },
    [SYS_MUNMAP] = { sys_munmap, 1 },
#ifdef DIRECTORY_CALLS
    [SYS_CHDIR] = { sys_chdir, 1 },
    [SYS_MKDIR] = { sys_mkdir, 1 },
    [SYS_READDIR] = { sys_readdir, 2 },
    [SYS_ISDIR] = { sys_isdir, 1 },
    [SYS_INUMBER] = { sys_inumber, 1 },
#else
    /* TODO (filesys): chdir, mkdir, readdir, isdir and inumber, in the
       filesys phase (see doc/filesys.md). */
    [SYS_CHDIR] = { sys_later_phase_bool, 0 },
    [SYS_MKDIR] = { sys_later_phase_bool, 0 },
    [SYS_READDIR] = { sys_later_phase_bool, 0 },
    [SYS_ISDIR] = { sys_later_phase_bool, 0 },
    [SYS_INUMBER] = { sys_later_phase, 0 },
#endif
  };

/* Reads the call number and its arguments from the user stack at
   F->esp, checking every byte, and runs the call. An unreadable stack or
   an unknown number kills the process. */
static void
syscall_handler (struct intr_frame *f)
{
#ifdef SOLUTION_VM
#ifdef VM
  /* The call's own words were pushed, so they are in memory if the
     stack pointer is good: reading them never grows the stack. */
  struct process *proc = thread_current ()->process;
  proc->user_esp = PHYS_BASE;
#endif
#endif
  uint32_t number;
  if (!uaccess_copy_in (&number, f->esp, sizeof number))
    bad_pointer ();
  if (number >= sizeof syscalls / sizeof *syscalls)
    process_terminate (-1);

  uint32_t args[3];
  if (!uaccess_copy_in (args, (uint32_t *) f->esp + 1,
                        syscalls[number].arg_cnt * sizeof *args))
    bad_pointer ();
#ifdef SOLUTION_VM
#ifdef VM
  /* A buffer the call touches may be where the stack is to grow. */
  proc->user_esp = f->esp;
#endif
#endif
  f->eax = syscalls[number].handler (args);
}
#else
/* Handles a system call. Not written yet: every call ends the caller. */
static void
syscall_handler (struct intr_frame *f UNUSED)
{
  /* TODO (userprog): read the call's number and arguments from the user
     stack, check every pointer, and run the call; see doc/userprog.md. */
  printf ("%s: system calls are not implemented yet\n", thread_name ());
  thread_exit ();
}
#endif
