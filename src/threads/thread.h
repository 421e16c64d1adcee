/* Kernel threads: the struct thread that describes one, the scheduler
   that picks which runs, and the calls to create, block, wake and end them.

   Each thread owns one 4 kB page. Its struct thread sits at the bottom of
   the page and its kernel stack grows down from the top toward it:

        4 kB +---------------------------------+
             |          kernel stack           |
             |               |                 |
             |               v                 |
             |                                 |
             +---------------------------------+
             |  magic (overwritten = overflow) |
             |  ...                            |
             |  name, status, tid              |
         0 B +---------------------------------+

   so struct thread must stay small and a thread must not put big arrays on
   its stack. A stack that grows into the struct overwrites `magic` first,
   and the scheduler checks it on every switch. */
#ifndef THREADS_THREAD_H
#define THREADS_THREAD_H

#include <debug.h>
#include <list.h>
#include <stdint.h>
#ifdef SOLUTION_THREADS
#include "threads/fixed-point.h"
#endif

enum thread_status
  {
    THREAD_RUNNING,     /* On the CPU. */
    THREAD_READY,       /* Waiting for the CPU, on the ready list. */
    THREAD_BLOCKED,     /* Waiting for an event; thread_unblock() ends it. */
    THREAD_DYING        /* Exited; its page is freed after the next switch. */
  };

typedef int tid_t;
#define TID_ERROR ((tid_t) -1)

#define PRI_MIN 0
#define PRI_DEFAULT 31
#define PRI_MAX 63

/* What a thread blocked in sema_down() waits for, so that a deadlock
   report (threads/deadlock.c) can name it. */
enum wait_kind
  {
    WAIT_NONE,          /* Not in sema_down(): running, ready, or blocked by
                           thread_block() itself, as for an interrupt. */
    WAIT_SEMAPHORE,     /* wait_object is a struct semaphore. */
    WAIT_LOCK,          /* wait_object is a struct lock. */
    WAIT_CONDITION,     /* wait_object is a struct condition. */
    WAIT_DEVICE         /* wait_object is a struct semaphore that an
                           interrupt handler ups. */
  };

#ifdef SOLUTION_THREADS
#define NICE_MIN -20
#define NICE_MAX 20

#endif
struct thread
  {
    tid_t tid;
    enum thread_status status;
    char name[16];              /* For debugging and `NAME: exit(N)`. */
    uint8_t *stack;             /* Saved stack pointer while switched out. */
#ifdef SOLUTION_THREADS
    int priority;               /* Effective: the higher of base_priority
                                   and what waiters donate to us. */
    int base_priority;          /* As created or set by thread_set_priority(). */
    struct list held_locks;     /* Locks we hold: their waiters donate. */
    struct lock *waiting_for;   /* The lock we are blocked on, or NULL. */
    int nice;                   /* -mlfqs: how willingly we yield, -20..20. */
    fixed_point recent_cpu;     /* -mlfqs: decaying count of ticks run. */
#else
    /* TODO (threads): what priority donation and -mlfqs need to know. */
    int priority;
#endif
    struct list_elem allelem;   /* In all_list. */
    struct list_elem elem;      /* In the ready list or a wait list. */
    enum wait_kind wait_kind;   /* What we are blocked on, if anything... */
    const void *wait_object;    /* ...and which one. */
    struct fpu_state *fpu;      /* FPU registers while switched out, or
                                   NULL if never used (threads/fpu.c). */
#ifdef USERPROG
    uint32_t *pagedir;          /* The process's page directory, or NULL. */
    struct process *process;    /* The user process this thread runs. */
#endif
    unsigned magic;             /* THREAD_MAGIC while the stack is healthy. */
  };

extern bool thread_mlfqs;

void thread_init (void);
void thread_start (void);
void thread_tick (void);
void thread_print_stats (void);

typedef void thread_func (void *aux);
tid_t thread_create (const char *name, int priority, thread_func *, void *aux);

void thread_block (void);
void thread_unblock (struct thread *);

struct thread *thread_current (void);
tid_t thread_tid (void);
const char *thread_name (void);

void thread_exit (void) NO_RETURN;
void thread_yield (void);
#ifdef SOLUTION_THREADS
void thread_yield_if_outranked (void);
struct thread *thread_take_highest (struct list *threads);
void thread_refresh_priority (struct thread *);
#endif

typedef void thread_action_func (struct thread *t, void *aux);
void thread_foreach (thread_action_func *, void *aux);

int thread_get_priority (void);
void thread_set_priority (int);

int thread_get_nice (void);
void thread_set_nice (int);
int thread_get_recent_cpu (void);
int thread_get_load_avg (void);

#endif /* threads/thread.h */
