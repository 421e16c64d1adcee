/* User processes.

   A process is a kernel thread that spends its life in user mode: it is
   created by process_execute (), builds a page directory, loads an ELF
   executable into it, puts the program's arguments on a fresh user stack
   and "returns" into user mode at the program's entry point. From then on
   it enters the kernel only through interrupts, exceptions and system
   calls, until it exits or the kernel kills it; either way its thread
   ends in thread_exit (), which calls process_exit (). */
#include "userprog/process.h"
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/flags.h"
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "threads/intr-stubs.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/loader.h"
#include "userprog/pagedir.h"
#include "userprog/tss.h"
#ifdef SOLUTION_USERPROG
#include "threads/malloc.h"
#include "threads/synch.h"
#include "userprog/leakcheck.h"
#ifdef SOLUTION_VM
#ifdef VM
#include "vm/frame.h"
#include "vm/mmap.h"
#include "vm/page.h"
#endif
#endif
#endif

static thread_func start_process NO_RETURN;
static bool load (const char *file_name, const char *cmdline,
                  void **entry, void **esp);

#ifdef SOLUTION_USERPROG
/* What a parent knows of one child. The parent and the child each hold
   a reference; the second to let go frees it. So a parent may wait for
   a child that ended long ago, and a child may outlive its parent. */
struct child
  {
    tid_t tid;
    int exit_status;            /* Valid once EXITED is up. */
    struct semaphore exited;    /* Upped once, when the child ends. */
    int refs;                   /* How many of parent and child hold it. */
    struct list_elem elem;      /* In the parent's list of children. */
    process_exit_notify *notify; /* For a parent that does not wait, or NULL. */
    void *notify_aux;
  };

/* What process_execute () hands to the new thread. It lives on the
   parent's stack, which is safe because the parent waits until the child
   has loaded. */
struct start_info
  {
    const char *cmdline;
    struct process *process;    /* Made by the parent, adopted by the child. */
    struct semaphore loaded;    /* Upped by the child once it tried. */
    bool success;               /* Did the load work? */
  };

/* Guards the REFS of every struct child, and LIVE_PROCESSES. */
static struct lock family_lock;

/* Processes created and not yet ended, and a condition signalled when
   there are none left. The `run` action waits for that before checking
   for leaks, so that no orphan is still holding memory. */
static int live_processes;
static struct condition all_ended;

/* The children of kernel threads (the `run` action), which have no
   struct process to keep them in. */
static struct list kernel_children = LIST_INITIALIZER (kernel_children);

/* Sets up the locks above. Called by the first process_execute (), long
   before a second thread could race it: the kernel's `run` action starts
   the first process. */
static void
init_once (void)
{
  static bool done;
  if (!done)
    {
      lock_init (&family_lock);
      cond_init (&all_ended);
#ifdef SOLUTION_VM
#ifdef VM
      frame_init ();
#endif
#endif
      done = true;
    }
}

/* Returns where the next word of S starts and stores its length in
   *LENGTH, or returns NULL if S has no more words. Words are separated
   by any number of spaces. */
static const char *
next_word (const char *s, size_t *length)
{
  s += strspn (s, " ");
  *length = strcspn (s, " ");
  return *length > 0 ? s : NULL;
}

/* Copies the first word of CMDLINE, the program's name, into NAME, a
   buffer of SIZE bytes. Returns false if there is no word, or if it does
   not fit; NAME then holds as much as fits. */
static bool
first_word (const char *cmdline, char *name, size_t size)
{
  size_t length;
  const char *word = next_word (cmdline, &length);
  if (word == NULL)
    return false;
  strlcpy (name, word, length + 1 < size ? length + 1 : size);
  return length < size;
}

/* Returns the list of children of the running thread. */
static struct list *
my_children (void)
{
  struct process *p = thread_current ()->process;
  return p != NULL ? &p->children : &kernel_children;
}

/* Drops one reference to CHILD, freeing it with the last. */
static void
child_release (struct child *child)
{
  lock_acquire (&family_lock);
  bool last = --child->refs == 0;
  lock_release (&family_lock);
  if (last)
    free (child);
}

/* Adds DELTA to the count of live processes, and tells a waiting `run`
   action when it reaches 0. */
static void
count_live (int delta)
{
  lock_acquire (&family_lock);
  live_processes += delta;
  if (live_processes == 0)
    cond_broadcast (&all_ended, &family_lock);
  lock_release (&family_lock);
}

/* Sets up the parts of P that describe its address space beyond the
   page directory. Returns false if memory ran out. */
static bool
address_space_init (struct process *p UNUSED)
{
#ifdef SOLUTION_VM
#ifdef VM
  list_init (&p->mappings);
  p->next_mapid = 0;
  p->user_esp = NULL;
  p->executable_id = SHARE_NONE;
  return page_table_init (&p->pages);
#endif
#endif
  return true;
}

/* Returns a new struct process together with the record its parent will
   keep of it, or NULL if memory ran out. */
static struct process *
process_create (void)
{
  struct process *p = malloc (sizeof *p);
  struct child *child = malloc (sizeof *child);
  if (p == NULL || child == NULL || !address_space_init (p))
    {
      free (p);
      free (child);
      return NULL;
    }
  p->exit_status = -1;
  p->running = false;
  p->self = child;
  list_init (&p->children);
  fdtable_init (&p->fds);
  p->executable = NULL;
#ifdef SOLUTION_FILESYS
  /* Called by the parent: the child starts where the parent is. */
  p->cwd = filesys_reopen_dir (process_cwd ());
#endif

  child->tid = TID_ERROR;
  child->exit_status = -1;
  sema_init (&child->exited, 0);
  child->refs = 2;
  return p;
}

/* Starts a user process running CMDLINE, as process_execute () says,
   telling NOTIFY (if not NULL) when it ends. Returns the parent's record
   of it once it has loaded, or NULL. */
static struct child *
start_child (const char *cmdline, process_exit_notify *notify, void *notify_aux)
{
  /* The thread's name is the program's, cut to fit. */
  char name[sizeof thread_current ()->name];
  first_word (cmdline, name, sizeof name);

  struct start_info info = { .cmdline = cmdline, .process = process_create () };
  if (info.process == NULL)
    return NULL;
  sema_init (&info.loaded, 0);
  /* Once the child runs, INFO.PROCESS is its to free: keep what the
     parent needs. */
  struct child *child = info.process->self;
  child->notify = notify;
  child->notify_aux = notify_aux;

  count_live (+1);
  tid_t tid = thread_create (name, PRI_DEFAULT, start_process, &info);
  if (tid == TID_ERROR)
    {
#ifdef SOLUTION_VM
#ifdef VM
      page_table_destroy (&info.process->pages);
#endif
#endif
      free (info.process);
      free (child);
      count_live (-1);
      return NULL;
    }

  sema_down (&info.loaded);
  if (!info.success)
    {
      child_release (child);
      return NULL;
    }
  child->tid = tid;
  return child;
}

/* Starts a user process running the program named by the first word of
   CMDLINE, with all the words as its arguments. Returns its thread id
   once it has loaded, or TID_ERROR if it could not be created or could
   not load. */
tid_t
process_execute (const char *cmdline)
{
  init_once ();
  size_t length;
  if (next_word (cmdline, &length) == NULL)
    return TID_ERROR;
  if (thread_current ()->process == NULL && live_processes == 0)
    leakcheck_start ();
  struct child *child = start_child (cmdline, NULL, NULL);
  if (child == NULL)
    return TID_ERROR;
  list_push_back (my_children (), &child->elem);
  return child->tid;
}

/* Starts CMDLINE as process_execute () does, for a kernel thread that
   will not wait for it (an IPWIS task granting an interrupt-mode
   program): the process is nobody's child, and no leak check is made.
   Once it has ended and given back its memory, NOTIFY (AUX, STATUS) is
   called from its thread with its exit status, exactly once; unless
   this returns TID_ERROR (it could not be created or could not load),
   in which case it is never called. */
tid_t
process_execute_notify (const char *cmdline, process_exit_notify *notify, void *aux)
{
  init_once ();
  size_t length;
  if (next_word (cmdline, &length) == NULL)
    return TID_ERROR;
  struct child *child = start_child (cmdline, notify, aux);
  if (child == NULL)
    return TID_ERROR;
  tid_t tid = child->tid;
  child_release (child);
  return tid;
}
#else
/* Starts a user thread running the program named CMDLINE. Returns its
   thread id, or TID_ERROR if it could not be created. */
tid_t
process_execute (const char *cmdline)
{
  /* TODO (userprog): run the program named by CMDLINE's first word, with
     every word as an argument; name the thread after the program; return
     only once it has loaded, and TID_ERROR if it could not. See
     doc/userprog.md. */
  /* The new thread reads its command line later, when the caller may
     have reused CMDLINE: give it a copy. */
  char *copy = palloc_get_page (0);
  if (copy == NULL)
    return TID_ERROR;
  strlcpy (copy, cmdline, PGSIZE);

  tid_t tid = thread_create (cmdline, PRI_DEFAULT, start_process, copy);
  if (tid == TID_ERROR)
    palloc_free_page (copy);
  return tid;
}
#endif

/* Jumps into user mode at ENTRY with stack pointer ESP, never to come
   back: the frame built here is what the CPU would have saved on an
   interrupt from user mode, and intr_exit "returns" through it. */
static void NO_RETURN
enter_user_mode (void *entry, void *esp)
{
  struct intr_frame frame;
  memset (&frame, 0, sizeof frame);
  frame.gs = frame.fs = frame.es = frame.ds = frame.ss = SEL_UDSEG;
  frame.cs = SEL_UCSEG;
  frame.eflags = FLAG_IF | FLAG_MBS;
  frame.eip = entry;
  frame.esp = esp;
  asm volatile ("movl %0, %%esp; jmp intr_exit" : : "g" (&frame) : "memory");
  NOT_REACHED ();
}

#ifdef SOLUTION_USERPROG
/* The first function of a new process's thread: adopts the process the
   parent made, loads the program and jumps to it. */
static void
start_process (void *info_)
{
  struct start_info *info = info_;
  struct process *p = info->process;
  thread_current ()->process = p;

  void *entry, *esp;
  char file_name[32];
  if (!first_word (info->cmdline, file_name, sizeof file_name))
    printf ("load: %s: file name too long\n", file_name);
  else
    p->running = load (file_name, info->cmdline, &entry, &esp);

  /* INFO lives on the parent's stack: once the parent is told, INFO may
     be gone. */
  info->success = p->running;
  sema_up (&info->loaded);
  if (!p->running)
    thread_exit ();
  enter_user_mode (entry, esp);
}
#else
/* The first function of a new user thread: loads the program and jumps
   to it. */
static void
start_process (void *cmdline)
{
  /* TODO (userprog): set up the thread's struct process, and tell the
     parent whether the program loaded. */
  void *entry, *esp;
  bool success = load (cmdline, cmdline, &entry, &esp);
  palloc_free_page (cmdline);
  if (!success)
    thread_exit ();
  enter_user_mode (entry, esp);
}
#endif

#ifdef SOLUTION_USERPROG
/* Everything push_arguments () may put on the stack must leave the
   program most of its single stack page. */
_Static_assert (PROCESS_CMDLINE_MAX + 1 + (PROCESS_ARGS_MAX + 4) * 4 + 16
                <= PGSIZE / 2, "arguments take too much of the stack");

/* The address at which the user sees byte KADDR of its stack page,
   whose kernel address is KPAGE. */
static uint32_t
user_address (const uint8_t *kpage, const void *kaddr)
{
  return (uintptr_t) PHYS_BASE - PGSIZE + ((const uint8_t *) kaddr - kpage);
}

/* Puts the program's arguments on its stack page KPAGE, which the
   program sees at PHYS_BASE - PGSIZE, laid out as _start expects: as if
   it had been called with argc and argv (i386 System V ABI). From the top
   of the page down:

        the words of CMDLINE, each NUL-terminated
        padding, so that argc lands on a 16-byte boundary
        argv[argc] = NULL
        argv[argc - 1] ... argv[0]: the addresses of the words
        argv: the address of argv[0]
        argc
        a return address of 0: _start never returns      <- *ESP

   Returns false if CMDLINE is too long or has too many words. */
static bool
push_arguments (const char *cmdline, uint8_t *kpage, void **esp)
{
  if (strnlen (cmdline, PROCESS_CMDLINE_MAX + 1) > PROCESS_CMDLINE_MAX)
    {
      printf ("load: %s: command line too long\n", thread_name ());
      return false;
    }
  int argc = 0;
  size_t string_bytes = 0;
  size_t length;
  for (const char *w = next_word (cmdline, &length); w != NULL;
       w = next_word (w + length, &length))
    {
      argc++;
      string_bytes += length + 1;
    }
  if (argc > PROCESS_ARGS_MAX)
    {
      printf ("load: %s: too many arguments\n", thread_name ());
      return false;
    }

  /* Below the strings: return address, argc, argv, argv[0..argc]. The
     lowest multiple of 16, plus 12, that leaves room for them puts argc
     (at ESP + 4) on a 16-byte boundary. */
  char *strings = (char *) kpage + PGSIZE - string_bytes;
  uint32_t room = user_address (kpage, strings) - (3 + argc + 1) * 4;
  uint32_t user_esp = ((room - 12) & ~(uint32_t) 0xf) + 12;
  uint32_t *frame = (uint32_t *) (kpage + (user_esp - user_address (kpage, kpage)));
  uint32_t *argv = frame + 3;
  frame[0] = 0;
  frame[1] = argc;
  frame[2] = user_esp + 12;

  int i = 0;
  for (const char *w = next_word (cmdline, &length); w != NULL;
       w = next_word (w + length, &length))
    {
      memcpy (strings, w, length);
      strings[length] = '\0';
      argv[i++] = user_address (kpage, strings);
      strings += length + 1;
    }
  argv[argc] = 0;
  *esp = (void *) user_esp;
  return true;
}
#ifdef SOLUTION_VM
#ifdef VM

/* setup_stack () with virtual memory: the stack page is a page of the
   process like any other, which may be evicted and may grow; only the
   first page is made at once, to hold the arguments. */
static bool
setup_paged_stack (const char *cmdline, void **esp)
{
  struct page *page = page_add (&thread_current ()->process->pages,
                                (uint8_t *) PHYS_BASE - PGSIZE, true, true);
  uint8_t *kpage = page != NULL ? page_pin_page (page, true) : NULL;
  if (kpage == NULL)
    {
      printf ("load: %s: out of memory\n", thread_name ());
      return false;
    }
  bool success = push_arguments (cmdline, kpage, esp);
  page_unpin_page (page);
  return success;
}
#endif
#endif /* SOLUTION_VM */
#endif

/* Gives the running process its stack: one zeroed, writable page just
   below PHYS_BASE, holding the arguments of CMDLINE. Stores the initial
   stack pointer in *ESP. */
static bool
setup_stack (const char *cmdline UNUSED, void **esp)
{
#ifdef SOLUTION_VM
#ifdef VM
  return setup_paged_stack (cmdline, esp);
#endif
#endif
  uint8_t *kpage = palloc_get_page (PAL_USER | PAL_ZERO);
  void *upage = (uint8_t *) PHYS_BASE - PGSIZE;
  if (kpage == NULL
      || !pagedir_set_page (thread_current ()->pagedir, upage, kpage, true))
    {
      if (kpage != NULL)
        palloc_free_page (kpage);
      printf ("load: %s: out of memory\n", thread_name ());
      return false;
    }
#ifdef SOLUTION_USERPROG
  return push_arguments (cmdline, kpage, esp);
#else
  /* TODO (userprog): push the arguments as _start expects them (see
     doc/userprog.md); for now the stack is empty. */
  *esp = PHYS_BASE;
  return true;
#endif
}

/* Opens the executable FILE_NAME for the running process. */
static struct file *
open_executable (const char *file_name)
{
#ifdef SOLUTION_VM
#ifdef VM
  /* Processes running the same file share its read-only pages. */
  return frame_open_executable (file_name,
                                &thread_current ()->process->executable_id);
#endif
#endif
  return filesys_open (file_name);
}

/* Gives the running thread an address space holding the executable
   FILE_NAME and a stack with the words of CMDLINE as arguments. Stores
   the program's entry point in *ENTRY and its stack pointer in *ESP.
   Returns false, after printing why, if that fails; whatever was built
   is freed when the thread exits. */
static bool
load (const char *file_name, const char *cmdline, void **entry, void **esp)
{
  struct thread *t = thread_current ();
  t->pagedir = pagedir_create ();
  if (t->pagedir == NULL)
    {
      printf ("load: %s: out of memory\n", file_name);
      return false;
    }
  process_activate ();

  struct file *file = open_executable (file_name);
  if (file == NULL)
    {
      printf ("load: %s: open failed\n", file_name);
      return false;
    }
  bool success = (loader_load (file_name, file, t->pagedir, entry)
                  && setup_stack (cmdline, esp));
#ifdef SOLUTION_USERPROG
  if (success)
    {
      /* Changing a program's code under it would be chaos: keep the
         file open, unwritable, until the process ends. */
      file_deny_write (file);
      t->process->executable = file;
      return true;
    }
#endif
  file_close (file);
  return success;
}

#ifdef SOLUTION_USERPROG
/* Waits for child process TID to end and returns its exit status: -1 if
   the kernel killed it. Returns -1 at once if TID is not a child of the
   caller, or if the caller has already waited for it.

   When the caller is a kernel thread (the `run` action), also waits
   until every process, orphans included, has ended, and then checks
   that they gave back everything they took. */
int
process_wait (tid_t tid)
{
  struct list *children = my_children ();
  struct child *child = NULL;
  for (struct list_elem *e = list_begin (children); e != list_end (children);
       e = list_next (e))
    if (list_entry (e, struct child, elem)->tid == tid)
      {
        child = list_entry (e, struct child, elem);
        break;
      }
  if (child == NULL)
    return -1;

  /* Out of the list, so that a second wait finds nothing. */
  list_remove (&child->elem);
  sema_down (&child->exited);
  int status = child->exit_status;
  child_release (child);

  if (thread_current ()->process == NULL)
    {
      lock_acquire (&family_lock);
      while (live_processes > 0)
        cond_wait (&all_ended, &family_lock);
      lock_release (&family_lock);
      leakcheck_finish ();
    }
  return status;
}
#else
/* Waits for thread TID to die and returns its exit status. Not written
   yet: it returns at once, so the kernel may power off before a user
   program even starts. */
int
process_wait (tid_t tid UNUSED)
{
  /* TODO (userprog): wait for child TID and return its exit status. */
  return -1;
}
#endif

/* Ends the running process with exit status STATUS. */
void
process_terminate (int status UNUSED)
{
#ifdef SOLUTION_USERPROG
  thread_current ()->process->exit_status = status;
#endif
  thread_exit ();
}

#ifdef SOLUTION_USERPROG
/* Tells the parent that the running process ended with exit status
   STATUS, lets go of the parent's record and of the records of the
   process's own children, which no one will wait for now. */
static void
leave_family (struct process *p)
{
  while (!list_empty (&p->children))
    child_release (list_entry (list_pop_front (&p->children),
                               struct child, elem));
  p->self->exit_status = p->exit_status;
  sema_up (&p->self->exited);
  if (p->self->notify != NULL && p->running)
    p->self->notify (p->self->notify_aux, p->exit_status);
  child_release (p->self);
}
#endif

#ifdef SOLUTION_FILESYS
/* The running process's current directory; NULL for the root (and for
   kernel threads, which have no process). */
struct dir *
process_cwd (void)
{
  struct process *p = thread_current ()->process;
  return p != NULL ? p->cwd : NULL;
}
#endif

/* Frees everything the running process holds. Called by thread_exit ()
   for every thread; a kernel thread has nothing to free. */
void
process_exit (void)
{
  struct thread *t = thread_current ();
#ifdef SOLUTION_USERPROG
  struct process *p = t->process;
  if (p != NULL)
    {
      if (p->running)
        printf ("%s: exit(%d)\n", t->name, p->exit_status);
#ifdef SOLUTION_VM
#ifdef VM
      /* Written pages of mappings go back to their files, and every
         frame and swap slot back to the pool, before the page
         directory goes. */
      mmap_unmap_all ();
      page_table_destroy (&p->pages);
#endif
#endif
      fdtable_close_all (&p->fds);
      /* Closing allows writes to the executable again. */
      file_close (p->executable);
#ifdef SOLUTION_FILESYS
      filesys_close_dir (p->cwd);
#endif
    }
#endif

  uint32_t *pd = t->pagedir;
  if (pd != NULL)
    {
      /* Forget PD before freeing it, so that a switch away and back
         cannot load a directory that no longer exists. */
      t->pagedir = NULL;
      pagedir_activate (NULL);
      pagedir_destroy (pd);
    }

#ifdef SOLUTION_USERPROG
  if (p != NULL)
    {
      /* Only now tell the parent: once its wait returns, the memory this
         process used must be free for the next one. */
      t->process = NULL;
      leave_family (p);
      free (p);
      /* Last: the `run` action's leak check may run as soon as this
         says no process is left. */
      count_live (-1);
    }
#endif
}

/* Makes the CPU use the running thread's address space, the kernel's
   alone for a kernel thread, and its kernel stack on the next trap from
   user mode. Called on every switch to a thread. */
void
process_activate (void)
{
  pagedir_activate (thread_current ()->pagedir);
  tss_update ();
}
