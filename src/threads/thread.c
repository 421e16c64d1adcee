#ifdef SOLUTION_THREADS
/* Threads and the scheduler. The highest-priority ready thread runs; among
   equals, the one that has waited longest, so equals take turns. A thread
   runs until it blocks, yields, uses up its time slice of TIME_SLICE timer
   ticks, or a thread of higher priority becomes ready.

   Priorities come from one of two policies. By default a thread's
   priority is what it asks for, raised by donation while a more urgent
   thread waits for a lock it holds. With -mlfqs the scheduler computes
   every priority itself from how much CPU each thread used lately and how
   `nice' it is (the second half of this file). */
#else
/* Threads and the scheduler. The base scheduler is round-robin: the ready
   list is a FIFO queue, and a thread runs until it blocks, yields, or uses
   up its time slice of TIME_SLICE timer ticks. */
/* TODO (threads): priority scheduling, priority donation and the -mlfqs
   scheduler; see doc/threads.md. */
#endif
#include "threads/thread.h"
#include <debug.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "threads/deadlock.h"
#include "threads/fpu.h"
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/switch.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#ifdef SOLUTION_THREADS
#include "devices/timer.h"
#endif
#ifdef USERPROG
#include "userprog/process.h"
#endif

/* A random value in struct thread's last field; see thread.h. */
#define THREAD_MAGIC 0x5c1ff0da

#define TIME_SLICE 4            /* Timer ticks a thread may run in a row. */

/* Stack that schedule() needs to pick the next thread and switch to it. */
#define SCHEDULE_STACK 256

_Static_assert (offsetof (struct thread, stack) == THREAD_STACK_OFS,
                "switch.S must know where struct thread keeps its stack");

/* Threads ready to run. */
#ifdef SOLUTION_THREADS
/* They are kept in the order they became ready, and the scheduler searches
   for the highest priority when it picks one: priorities change under
   donation and -mlfqs, and a search stays right where a sorted list would
   need re-sorting after every change. */
#endif
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

#ifdef SOLUTION_THREADS
static fixed_point load_avg;    /* -mlfqs: ready threads, averaged over about a minute. */
static void mlfqs_tick (struct thread *running);

#endif
static void init_thread (struct thread *, const char *name, int priority);
static void schedule (void);
static tid_t allocate_tid (void);

static uint8_t *
stack_pointer (void)
{
  uint8_t *esp;
  asm ("movl %%esp, %0" : "=g" (esp));
  return esp;
}

/* The struct thread at the bottom of the page the stack pointer is in. */
static struct thread *
running_thread (void)
{
  return pg_round_down (stack_pointer ());
}

static bool
is_thread (struct thread *t)
{
  return t != NULL && t->magic == THREAD_MAGIC;
}

/* Turns the code that main() is running into the first thread. The boot
   stack in start.S is one page, just like every thread's. */
void
thread_init (void)
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
void
thread_start (void)
{
  struct semaphore idle_started;
  sema_init (&idle_started, 0);
  thread_create ("idle", PRI_MIN, idle, &idle_started);
  intr_enable ();
  sema_down (&idle_started);
}

/* Called by the timer interrupt handler on every tick. */
void
thread_tick (void)
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
  deadlock_tick (t == idle_thread);

#ifdef SOLUTION_THREADS
  if (thread_mlfqs)
    mlfqs_tick (t);
#endif
  if (++slice_ticks >= TIME_SLICE)
    intr_yield_on_return ();
}

void
thread_print_stats (void)
{
  printf ("Thread: %lld idle ticks, %lld kernel ticks, %lld user ticks\n",
          idle_ticks, kernel_ticks, user_ticks);
}

/* Puts T on the ready list. The ready list's order is the scheduling
   policy: this and next_thread_to_run() are the two places that decide it. */
static void
ready_list_push (struct thread *t)
{
  list_push_back (&ready_list, &t->elem);
}

#ifdef SOLUTION_THREADS
/* Orders threads linked through `elem' by effective priority. */
static bool
lower_priority (const struct list_elem *a, const struct list_elem *b,
                            void *aux UNUSED)
{
  return list_entry (a, struct thread, elem)->priority
         < list_entry (b, struct thread, elem)->priority;
}

/* Removes and returns the highest-priority thread of THREADS, a non-empty
   list linked through `elem'. list_max() returns the first of equals, so
   among equals the one that joined THREADS first wins. */
struct thread *
thread_take_highest (struct list *threads)
{
  struct list_elem *e = list_max (threads, lower_priority, NULL);
  list_remove (e);
  return list_entry (e, struct thread, elem);
}

/* Gives the CPU to the best ready thread if it outranks the running one.
   In an interrupt handler the switch cannot happen at once; it happens as
   the handler returns. */
void
thread_yield_if_outranked (void)
{
  enum intr_level old_level = intr_disable ();
  bool outranked = !list_empty (&ready_list)
    && list_entry (list_max (&ready_list, lower_priority, NULL), struct thread, elem)->priority
       > thread_current ()->priority;
  intr_set_level (old_level);
  if (!outranked)
    return;
  if (intr_context ())
    intr_yield_on_return ();
  else
    thread_yield ();
}

#endif /* SOLUTION_THREADS */
/* The thread to run next: the front of the ready list, or the idle thread
   when nothing is ready. */
#ifdef SOLUTION_THREADS
/* Here "front" means the best: see thread_take_highest(). */
#endif
static struct thread *
next_thread_to_run (void)
{
  if (list_empty (&ready_list))
    {
      if (idle_thread == NULL)
        PANIC ("thread '%s' blocked, but there is no other thread to run: "
               "before thread_start() creates the idle thread, nothing may "
               "wait (sema_down, lock_acquire of a held lock, timer_sleep)",
               running_thread ()->name);
      return idle_thread;
    }
#ifdef SOLUTION_THREADS
  return thread_take_highest (&ready_list);
#else
  /* TODO (threads): run the highest-priority ready thread. */
  return list_entry (list_pop_front (&ready_list), struct thread, elem);
#endif
}

/* A new thread's life: run FUNCTION (AUX), then exit. switch_entry in
   switch.S calls it with interrupts still off from the switch. */
void thread_main (thread_func *function, void *aux);
void
thread_main (thread_func *function, void *aux)
{
  ASSERT (function != NULL);
  intr_enable ();
  function (aux);
  thread_exit ();
}

/* Starts a thread NAME at PRIORITY running FUNCTION (AUX), and returns its
   id, or TID_ERROR when there is no memory for it. The new thread may run,
   and even finish, before thread_create() returns. */
#ifdef SOLUTION_THREADS
/* With -mlfqs PRIORITY is ignored: the new thread inherits its creator's
   nice and recent_cpu, and its priority follows from them. */
#endif
tid_t
thread_create (const char *name, int priority, thread_func *function, void *aux)
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
#ifdef SOLUTION_THREADS
  thread_yield_if_outranked ();
#endif
  return t->tid;
}

/* Puts the running thread to sleep until thread_unblock() wakes it.
   Interrupts must be off, so that the wake-up cannot slip in between the
   caller's check and the block. */
void
thread_block (void)
{
  ASSERT (!intr_context ());
  ASSERT (intr_get_level () == INTR_OFF);
  thread_current ()->status = THREAD_BLOCKED;
  schedule ();
}

/* Makes blocked thread T ready to run. It does not preempt the running
   thread: a caller that disabled interrupts may rely on that. */
#ifdef SOLUTION_THREADS
/* An interrupt handler is the exception: there the switch waits for the
   handler's return anyway, so a more urgent T is let in at once. */
#endif
void
thread_unblock (struct thread *t)
{
  ASSERT (is_thread (t));
  enum intr_level old_level = intr_disable ();
  ASSERT (t->status == THREAD_BLOCKED);
  ready_list_push (t);
  t->status = THREAD_READY;
  deadlock_progress ();
#ifdef SOLUTION_THREADS
  if (intr_context ())
    thread_yield_if_outranked ();
#endif
  intr_set_level (old_level);
}

/* Checks the stack guard of T: see thread.h. Only `magic' is read: a stack
   growing down reaches it before any other field of the struct.  */
static void
check_stack_guard (struct thread *t)
{
  if (t->magic != THREAD_MAGIC)
    PANIC ("stack overflow: thread at %p overwrote its struct thread", (void *) t);
}

/* Checks that the running thread T can afford the call chain of
   schedule(): with less stack left, it would overwrite its own struct
   thread, and the ready list it is on, before the guard could notice. */
static void
check_stack_room (struct thread *t)
{
  if (stack_pointer () < (uint8_t *) (t + 1) + SCHEDULE_STACK)
    PANIC ("stack overflow: thread at %p has under %d bytes of stack left",
           (void *) t, SCHEDULE_STACK);
}

struct thread *
thread_current (void)
{
  struct thread *t = running_thread ();
  check_stack_guard (t);
  ASSERT (t->status == THREAD_RUNNING);
  return t;
}

tid_t
thread_tid (void)
{
  return thread_current ()->tid;
}

const char *
thread_name (void)
{
  return thread_current ()->name;
}

/* Ends the running thread. Its page cannot be freed while we still stand
   on its stack, so the next thread to run frees it. */
void
thread_exit (void)
{
  ASSERT (!intr_context ());
#ifdef USERPROG
  process_exit ();
#endif
  fpu_release (thread_current ());
  intr_disable ();
  list_remove (&thread_current ()->allelem);
  thread_current ()->status = THREAD_DYING;
  schedule ();
  NOT_REACHED ();
}

/* Gives up the CPU; the thread stays ready and may run again at once. */
void
thread_yield (void)
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
void
thread_foreach (thread_action_func *action, void *aux)
{
  ASSERT (intr_get_level () == INTR_OFF);
  for (struct list_elem *e = list_begin (&all_list); e != list_end (&all_list);
       e = list_next (e))
    action (list_entry (e, struct thread, allelem), aux);
}

#ifdef SOLUTION_THREADS
/* Sets T's effective priority: its base priority, raised to that of the
   most urgent thread waiting for any lock T holds. Waiters' priorities
   already include what was donated to them, so chains add up. */
void
thread_refresh_priority (struct thread *t)
{
  ASSERT (intr_get_level () == INTR_OFF);
  int priority = t->base_priority;
  for (struct list_elem *e = list_begin (&t->held_locks); e != list_end (&t->held_locks);
       e = list_next (e))
    {
      struct list *waiters = &list_entry (e, struct lock, elem)->semaphore.waiters;
      if (!list_empty (waiters))
        {
          struct thread *top = list_entry (list_max (waiters, lower_priority, NULL),
                                           struct thread, elem);
          if (top->priority > priority)
            priority = top->priority;
        }
    }
  t->priority = priority;
}

/* Sets the running thread's base priority. Donations it holds still
   count, so its effective priority may stay higher; if it drops below a
   ready thread's, that thread runs at once. Ignored under -mlfqs. */
void
thread_set_priority (int new_priority)
{
  ASSERT (PRI_MIN <= new_priority && new_priority <= PRI_MAX);
  if (thread_mlfqs)
    return;
  enum intr_level old_level = intr_disable ();
  thread_current ()->base_priority = new_priority;
  thread_refresh_priority (thread_current ());
  intr_set_level (old_level);
  thread_yield_if_outranked ();
}
#else
/* TODO (threads): keep donations in effect, and yield at once to a ready
   thread that now outranks us. */
void
thread_set_priority (int new_priority)
{
  thread_current ()->priority = new_priority;
}
#endif /* SOLUTION_THREADS */

/* The running thread's effective priority. */
int
thread_get_priority (void)
{
  return thread_current ()->priority;
}

#ifdef SOLUTION_THREADS
/* The advanced scheduler (-mlfqs), modelled on 4.4BSD's. Every thread's
   priority is PRI_MAX - recent_cpu / 4 - nice * 2: threads that ran a
   lot lately, or are nice, sink; threads that waited rise. recent_cpu
   grows by one for each tick a thread runs and decays every second by a
   factor that depends on load_avg, so the busier the system, the longer
   a thread's past use counts against it. */

#define MLFQS_PRIORITY_TICKS 4  /* Priorities are recomputed this often. */

static int
clamp (int value, int low, int high)
{
  return value < low ? low : value > high ? high : value;
}

/* PRI_MAX - recent_cpu / 4 - nice * 2, within PRI_MIN..PRI_MAX. */
static int
mlfqs_priority (const struct thread *t)
{
  int priority = PRI_MAX - fp_to_int_trunc (fp_div_int (t->recent_cpu, 4)) - t->nice * 2;
  return clamp (priority, PRI_MIN, PRI_MAX);
}

static void
mlfqs_update_priority (struct thread *t, void *aux UNUSED)
{
  if (t != idle_thread)         /* It runs only when nothing else can. */
    t->priority = mlfqs_priority (t);
}

/* A new thread starts where its creator stands. */
static void
mlfqs_inherit (struct thread *child)
{
  struct thread *parent = running_thread ();
  if (parent != child)          /* The initial thread has no creator. */
    {
      child->nice = parent->nice;
      child->recent_cpu = parent->recent_cpu;
    }
  child->priority = mlfqs_priority (child);
}

/* load_avg = (59/60) * load_avg + (1/60) * ready_threads, where
   ready_threads counts the running thread too, but never the idle one. */
static void
update_load_avg (struct thread *running)
{
  int ready_threads = list_size (&ready_list) + (running != idle_thread);
  load_avg = fp_add (fp_mul (fp_div_int (fp_from_int (59), 60), load_avg),
                     fp_div_int (fp_from_int (ready_threads), 60));
}

/* recent_cpu = (2 * load_avg) / (2 * load_avg + 1) * recent_cpu + nice.
   Blocked threads decay too: time spent waiting is forgiven. */
static void
decay_recent_cpu (struct thread *t, void *aux UNUSED)
{
  fixed_point twice_load = fp_mul_int (load_avg, 2);
  fixed_point decay = fp_div (twice_load, fp_add_int (twice_load, 1));
  t->recent_cpu = fp_add_int (fp_mul (decay, t->recent_cpu), t->nice);
}

/* The advanced scheduler's share of a timer tick, in the interrupt
   handler: charge the tick to RUNNING, and on schedule recompute load_avg,
   every recent_cpu, and every priority. */
static void
mlfqs_tick (struct thread *running)
{
  int64_t now = timer_ticks ();
  if (running != idle_thread)
    running->recent_cpu = fp_add_int (running->recent_cpu, 1);
  if (now % TIMER_FREQ == 0)
    {
      update_load_avg (running);
      thread_foreach (decay_recent_cpu, NULL);
    }
  if (now % MLFQS_PRIORITY_TICKS == 0)
    {
      thread_foreach (mlfqs_update_priority, NULL);
      thread_yield_if_outranked ();
    }
}

/* Sets the running thread's nice value, clamped to NICE_MIN..NICE_MAX.
   Under -mlfqs its priority follows at once, and a thread that now
   outranks it runs. */
void
thread_set_nice (int nice)
{
  enum intr_level old_level = intr_disable ();
  struct thread *cur = thread_current ();
  cur->nice = clamp (nice, NICE_MIN, NICE_MAX);
  if (thread_mlfqs)
    mlfqs_update_priority (cur, NULL);
  intr_set_level (old_level);
  thread_yield_if_outranked ();
}

int
thread_get_nice (void)
{
  return thread_current ()->nice;
}

/* 100 times load_avg, rounded to the nearest integer. */
int
thread_get_load_avg (void)
{
  return fp_to_int_round (fp_mul_int (load_avg, 100));
}

/* 100 times the running thread's recent_cpu, rounded to the nearest integer. */
int
thread_get_recent_cpu (void)
{
  return fp_to_int_round (fp_mul_int (thread_current ()->recent_cpu, 100));
}
#else
/* TODO (threads): the advanced scheduler's interface; see doc/threads.md. */
void
thread_set_nice (int nice UNUSED)
{
}

int
thread_get_nice (void)
{
  return 0;
}

int
thread_get_load_avg (void)
{
  return 0;
}

int
thread_get_recent_cpu (void)
{
  return 0;
}
#endif /* SOLUTION_THREADS */

/* The idle thread: blocks at once, and is run by next_thread_to_run()
   whenever the ready list is empty; then it halts the CPU until the next
   interrupt. `sti; hlt' is atomic: the interrupt that sti lets in cannot
   arrive before hlt, so no wake-up is missed. Each time it runs it also
   looks for a deadlock, which only an idle machine can be in. */
static void
idle (void *started)
{
  idle_thread = thread_current ();
  sema_up (started);
  for (;;)
    {
      deadlock_check ();
      intr_disable ();
      thread_block ();
      asm volatile ("sti; hlt" : : : "memory");
    }
}

static void
init_thread (struct thread *t, const char *name, int priority)
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
#ifdef SOLUTION_THREADS
  t->base_priority = priority;
  list_init (&t->held_locks);
  if (thread_mlfqs)
    mlfqs_inherit (t);
#endif

  enum intr_level old_level = intr_disable ();
  list_push_back (&all_list, &t->allelem);
  intr_set_level (old_level);
}

/* Second half of a switch, run by the thread switched to: by switch_entry
   for a new thread, by schedule() for any other. PREV is the thread that
   was running. */
void thread_switch_complete (struct thread *prev);
void
thread_switch_complete (struct thread *prev)
{
  struct thread *cur = running_thread ();
  ASSERT (intr_get_level () == INTR_OFF);
  cur->status = THREAD_RUNNING;
  slice_ticks = 0;
  fpu_activate (cur);
#ifdef USERPROG
  process_activate ();
#endif
  if (prev != NULL && prev->status == THREAD_DYING && prev != initial_thread)
    palloc_free_page (prev);
}

/* Switches from the running thread, whose status the caller has already
   changed, to the next one. Interrupts must be off. */
static void
schedule (void)
{
  struct thread *cur = running_thread ();
  check_stack_guard (cur);
  check_stack_room (cur);
  struct thread *next = next_thread_to_run ();
  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (cur->status != THREAD_RUNNING);
  check_stack_guard (next);

  struct thread *prev = NULL;
  if (cur != next)
    prev = switch_threads (cur, next);
  thread_switch_complete (prev);
}

static tid_t
allocate_tid (void)
{
  static tid_t next_tid = 1;
  lock_acquire (&tid_lock);
  tid_t tid = next_tid++;
  lock_release (&tid_lock);
  return tid;
}
