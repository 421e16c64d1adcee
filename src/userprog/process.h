/* User processes: starting, waiting for and ending user programs. */
#ifndef USERPROG_PROCESS_H
#define USERPROG_PROCESS_H

#include <debug.h>
#include "threads/thread.h"

#ifdef SOLUTION_USERPROG
#include <list.h>
#include "userprog/fdtable.h"
#ifdef SOLUTION_VM
#ifdef VM
#include <hash.h>
#include "devices/block.h"
#endif
#endif

/* The longest command line a program may be started with, and the most
   words it may have. Together they keep the arguments well inside the
   single page of the initial stack, leaving the program most of it. */
#define PROCESS_CMDLINE_MAX 1024
#define PROCESS_ARGS_MAX 128

/* What the kernel keeps about a running user program beyond its thread,
   which holds the page directory. Created with the thread, freed when it
   exits. */
struct process
  {
    int exit_status;            /* What the program passed to exit(). */
    bool running;               /* Did it load and start? */
    struct child *self;         /* Shared with the parent, for its wait(). */
    struct list children;       /* Of struct child: not yet waited for. */
    struct fdtable fds;         /* The files it has open. */
    struct file *executable;    /* Kept open, denying writes, while it runs. */
#ifdef SOLUTION_VM
#ifdef VM
    struct hash pages;          /* Its supplemental page table (vm/page.c). */
    struct list mappings;       /* Its mmap'ed files (vm/mmap.c). */
    int next_mapid;             /* The id the next mmap returns. */
    void *user_esp;             /* The user's esp at the last system call. */
    block_sector_t executable_id; /* Shares its read-only pages (vm/frame.c). */
#endif
#endif
#ifdef SOLUTION_FILESYS
    struct dir *cwd;            /* Current directory; NULL: the root. */
#endif
  };
#else
/* TODO (userprog): define struct process here: what the kernel must
   remember about a user program (see doc/userprog.md). */
struct process;
#endif

tid_t process_execute (const char *cmdline);
#ifdef SOLUTION_USERPROG
typedef void process_exit_notify (void *aux, int status);
tid_t process_execute_notify (const char *cmdline, process_exit_notify *, void *aux);
#endif
int process_wait (tid_t);
void process_terminate (int status) NO_RETURN;
void process_exit (void);
void process_activate (void);
#ifdef SOLUTION_FILESYS
struct dir *process_cwd (void);
#endif

#endif /* userprog/process.h */
