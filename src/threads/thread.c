/* Threads and the scheduler. The base scheduler is round-robin: the ready
   list is a FIFO queue, and a thread runs until it blocks, yields, or uses
   up its time slice of TIME_SLICE timer ticks. */
#include "threads/thread.h"
#include <debug.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/switch.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#ifdef USERPROG
#include "userprog/process.h"
#endif

/* A random value in struct thread's last field; see thread.h. */
#define THREAD_MAGIC 0x5c1ff0da

#define TIME_SLICE 4            /* Timer ticks a thread may run in a row. */

_Static_assert (offsetof (struct thread, stack) == THREAD_STACK_OFS,
                "switch.S must know where struct thread keeps its stack");

/* Threads ready to run, in the order they will run. */
static struct list ready_list;

/* Every live thread, linked through allelem (the gdb macros read it). */
static struct list all_list;

static struct thread *idle_thread;      /* Runs when nothing else is ready. */
static struct thread *initial_thread;   /* The thread running main(). */

static struct lock tid_lock;

/* Advanced scheduler (-mlfqs) in use? */
bool thread_mlfqs;

/* Statistics, in timer ticks. */
static long long idle_ticks, kernel_ticks, user_ticks;

static unsigned slice_ticks;            /* Ticks since the running thread started. */

static void init_thread (struct thread *, const char *name, int priority);
static void schedule (void);
static tid_t allocate_tid (void);

/* The struct thread at the bottom of the page the stack pointer is in. */
static struct thread *running_thread (void)
{
  uint32_t *esp;
  asm ("movl %%esp, %0" : "=g" (esp));
  return pg_round_down (esp);
}

static bool is_thread (struct thread *t)
{
  return t != NULL && t->magic == THREAD_MAGIC;
}

/* Turns the code that main() is running into the first thread. The boot
   stack in start.S is one page, just like every thread's. */
void thread_init (void)
{
  ASSERT (intr_get_level () == INTR_OFF);
  lock_init (&tid_lock);
  list_init (&ready_list);
  list_init (&all_list);

  initial_thread = running_thread ();
  init_thread (initial_thread, "main", PRI_DEFAULT);
  initial_thread->status = THREAD_RUNNING;
  initial_thread->tid = allocate_tid ();
}

static void idle (void *started);

/* Creates the idle thread and turns on interrupts, which starts
   preemptive scheduling. */
void thread_start (void)
{
  struct semaphore idle_started;
  sema_init (&idle_started, 0);
  thread_create ("idle", PRI_MIN, idle, &idle_started);
  intr_enable ();
  sema_down (&idle_started);
}

/* Called by the timer interrupt handler on every tick. */
void thread_tick (void)
{
  struct thread *t = thread_current ();
  if (t == idle_thread)
    idle_ticks++;
#ifdef USERPROG
  else if (t->pagedir != NULL)
    user_ticks++;
#endif
  else
    kernel_ticks++;

  if (++slice_ticks >= TIME_SLICE)
    intr_yield_on_return ();
}

void thread_print_stats (void)
{
  printf ("Thread: %lld idle ticks, %lld kernel ticks, %lld user ticks\n",
          idle_ticks, kernel_ticks, user_ticks);
}

/* Puts T on the ready list. The ready list's order is the scheduling
   policy: this and next_thread_to_run() are the two places that decide it. */
static void ready_list_push (struct thread *t)
{
  list_push_back (&ready_list, &t->elem);
}

/* The thread to run next: the front of the ready list, or the idle thread
   when nothing is ready. */
static struct thread *next_thread_to_run (void)
{
  if (list_empty (&ready_list))
    return idle_thread;
  return list_entry (list_pop_front (&ready_list), struct thread, elem);
}

/* A new thread's life: run FUNCTION (AUX), then exit. switch_entry in
   switch.S calls it with interrupts still off from the switch. */
void thread_main (thread_func *function, void *aux);
void thread_main (thread_func *function, void *aux)
{
  ASSERT (function != NULL);
  intr_enable ();
  function (aux);
  thread_exit ();
}

/* Starts a thread NAME at PRIORITY running FUNCTION (AUX), and returns its
   id, or TID_ERROR when there is no memory for it. The new thread may run,
   and even finish, before thread_create() returns. */
tid_t thread_create (const char *name, int priority, thread_func *function, void *aux)
{
  ASSERT (function != NULL);
  struct thread *t = palloc_get_page (PAL_ZERO);
  if (t == NULL)
    return TID_ERROR;
  init_thread (t, name, priority);
  t->tid = allocate_tid ();

  /* A stack that looks as if the thread had called switch_threads() from
     switch_entry, with thread_main's arguments above it. */
  uint32_t *sp = (uint32_t *) ((uint8_t *) t + PGSIZE);
  *--sp = (uint32_t) aux;
  *--sp = (uint32_t) function;
  *--sp = (uint32_t) switch_entry;      /* switch_threads returns here. */
  for (int i = 0; i < 4; i++)
    *--sp = 0;                          /* ebp, ebx, esi, edi. */
  t->stack = (uint8_t *) sp;

  thread_unblock (t);
  return t->tid;
}

/* Puts the running thread to sleep until thread_unblock() wakes it.
   Interrupts must be off, so that the wake-up cannot slip in between the
   caller's check and the block. */
void thread_block (void)
{
  ASSERT (!intr_context ());
  ASSERT (intr_get_level () == INTR_OFF);
  thread_current ()->status = THREAD_BLOCKED;
  schedule ();
}

/* Makes blocked thread T ready to run. It does not preempt the running
   thread: a caller that disabled interrupts may rely on that. */
void thread_unblock (struct thread *t)
{
  ASSERT (is_thread (t));
  enum intr_level old_level = intr_disable ();
  ASSERT (t->status == THREAD_BLOCKED);
  ready_list_push (t);
  t->status = THREAD_READY;
  intr_set_level (old_level);
}

/* Checks the stack guard of T: see thread.h. Only `magic' is read: a stack
   growing down reaches it before any other field of the struct.  */
static void check_stack_guard (struct thread *t)
{
  if (t->magic != THREAD_MAGIC)
    PANIC ("stack overflow: thread at %p overwrote its struct thread", (void *) t);
}

struct thread *thread_current (void)
{
  struct thread *t = running_thread ();
  check_stack_guard (t);
  ASSERT (t->status == THREAD_RUNNING);
  return t;
}

tid_t thread_tid (void)
{
  return thread_current ()->tid;
}

const char *thread_name (void)
{
  return thread_current ()->name;
}

/* Ends the running thread. Its page cannot be freed while we still stand
   on its stack, so the next thread to run frees it. */
void thread_exit (void)
{
  ASSERT (!intr_context ());
#ifdef USERPROG
  process_exit ();
#endif
  intr_disable ();
  list_remove (&thread_current ()->allelem);
  thread_current ()->status = THREAD_DYING;
  schedule ();
  NOT_REACHED ();
}

/* Gives up the CPU; the thread stays ready and may run again at once. */
void thread_yield (void)
{
  struct thread *cur = thread_current ();
  ASSERT (!intr_context ());
  enum intr_level old_level = intr_disable ();
  if (cur != idle_thread)
    ready_list_push (cur);
  cur->status = THREAD_READY;
  schedule ();
  intr_set_level (old_level);
}

/* Calls ACTION (T, AUX) for every live thread, with interrupts off. */
void thread_foreach (thread_action_func *action, void *aux)
{
  ASSERT (intr_get_level () == INTR_OFF);
  for (struct list_elem *e = list_begin (&all_list); e != list_end (&all_list);
       e = list_next (e))
    action (list_entry (e, struct thread, allelem), aux);
}

void thread_set_priority (int new_priority)
{
  thread_current ()->priority = new_priority;
}

int thread_get_priority (void)
{
  return thread_current ()->priority;
}

/* The advanced scheduler's interface. */
void thread_set_nice (int nice UNUSED)
{
}

int thread_get_nice (void)
{
  return 0;
}

int thread_get_load_avg (void)
{
  return 0;
}

int thread_get_recent_cpu (void)
{
  return 0;
}

/* The idle thread: blocks at once, and is run by next_thread_to_run()
   whenever the ready list is empty; then it halts the CPU until the next
   interrupt. `sti; hlt' is atomic: the interrupt that sti lets in cannot
   arrive before hlt, so no wake-up is missed. */
static void idle (void *started)
{
  idle_thread = thread_current ();
  sema_up (started);
  for (;;)
    {
      intr_disable ();
      thread_block ();
      asm volatile ("sti; hlt" : : : "memory");
    }
}

static void init_thread (struct thread *t, const char *name, int priority)
{
  ASSERT (t != NULL);
  ASSERT (PRI_MIN <= priority && priority <= PRI_MAX);
  ASSERT (name != NULL);
  memset (t, 0, sizeof *t);
  t->status = THREAD_BLOCKED;
  strlcpy (t->name, name, sizeof t->name);
  t->stack = (uint8_t *) t + PGSIZE;
  t->priority = priority;
  t->magic = THREAD_MAGIC;

  enum intr_level old_level = intr_disable ();
  list_push_back (&all_list, &t->allelem);
  intr_set_level (old_level);
}

/* Second half of a switch, run by the thread switched to: by switch_entry
   for a new thread, by schedule() for any other. PREV is the thread that
   was running. */
void thread_switch_complete (struct thread *prev);
void thread_switch_complete (struct thread *prev)
{
  struct thread *cur = running_thread ();
  ASSERT (intr_get_level () == INTR_OFF);
  cur->status = THREAD_RUNNING;
  slice_ticks = 0;
#ifdef USERPROG
  process_activate ();
#endif
  if (prev != NULL && prev->status == THREAD_DYING && prev != initial_thread)
    palloc_free_page (prev);
}

/* Switches from the running thread, whose status the caller has already
   changed, to the next one. Interrupts must be off. */
static void schedule (void)
{
  struct thread *cur = running_thread ();
  check_stack_guard (cur);
  struct thread *next = next_thread_to_run ();
  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (cur->status != THREAD_RUNNING);
  check_stack_guard (next);

  struct thread *prev = NULL;
  if (cur != next)
    prev = switch_threads (cur, next);
  thread_switch_complete (prev);
}

static tid_t allocate_tid (void)
{
  static tid_t next_tid = 1;
  lock_acquire (&tid_lock);
  tid_t tid = next_tid++;
  lock_release (&tid_lock);
  return tid;
}
