/* Interrupt-mode programs as tasks. An entry program's grant_interrupt
   starts the program that the boot's table (interrupts.c) names for it
   as a ring-3 process of the userprog phase, outside the kernel's WASM
   engine. The grant is a task record of its own, a child of the entry
   task, with no thread of its own: the process is its thread, and the
   record's state follows it (admitted, running once it has loaded, then
   done for exit status 0 and failed for any other). So its id is a
   handle like a subprogram's, for handle_poll and wait_any, and the
   entry task, which ends only after its children have, waits for the
   process to end.

   The process is nobody's child in the userprog sense: the granting
   task is a kernel thread, and process_wait from a kernel thread is the
   `run` action's (it waits for every process and checks for leaks).
   So it is started with process_execute_notify, which reports its exit
   status from its own thread when it ends; the record is found again by
   its id, never kept by pointer across the wait. The kernel has no call
   that stops a ring-3 process, so a cancel or an abort of the tree does
   not end one: the tree waits until it exits. */
#ifdef SOLUTION_IPWIS
#include "ipwis/task-internal.h"
#include <stdint.h>
#include <stdio.h>
#include "devices/timer.h"
#include "userprog/process.h"

/* Grants start their processes one at a time: userprog's first
   process_execute sets up its locks unguarded, safe only if no other
   thread starts a process meanwhile, and tasks run in parallel. */
static struct lock starting;

void
task_interrupt_init (void)
{
  lock_init (&starting);
}

/* The process of the grant ID_ ended with exit STATUS: called from its
   thread. The record is still live (only this ends it), so it is still
   in the table. */
static void
interrupt_ended (void *id_, int status)
{
  lock_acquire (&tasks_lock);
  struct task *t = task_find ((task_id) (intptr_t) id_);
  ASSERT (t != NULL && !task_state_is_final (t->state));
  char detail[TASK_DETAIL_MAX];
  snprintf (detail, sizeof detail, "%s, exit(%d)", t->detail, status);
  task_set_state (t, status == 0 ? TASK_DONE : TASK_FAILED, detail);
  lock_release (&tasks_lock);
}

/* Starts PROGRAM with the ARGS_LEN bytes of ARGS (at most
   INTERRUPT_ARGS_MAX) for PARENT; returns its handle, or -1 if PARENT
   may start no more. */
task_id
task_start_interrupt (struct task *parent, const struct interrupt_program *program,
                      const char *args, size_t args_len)
{
  char cmdline[INTERRUPT_PROGRAM_MAX + 2 + INTERRUPT_ARGS_MAX];
  ASSERT (args_len <= INTERRUPT_ARGS_MAX);
  snprintf (cmdline, sizeof cmdline, "%s %.*s", program->program, (int) args_len, args);

  lock_acquire (&tasks_lock);
  struct task *t = task_new_child (parent, parent->node, MODE_INTERRUPT);
  task_id id = t != NULL ? t->id : -1;
  if (t != NULL)
    snprintf (t->detail, sizeof t->detail, "interrupt %s: %s", program->name, program->program);
  lock_release (&tasks_lock);
  if (id < 0)
    return -1;

  /* Without the lock: the program loads from the disk meanwhile, and may
     even have ended by the time this returns. */
  lock_acquire (&starting);
  tid_t tid = process_execute_notify (cmdline, interrupt_ended, (void *) (intptr_t) id);
  lock_release (&starting);
  lock_acquire (&tasks_lock);
  t = task_find (id);
  if (tid == TID_ERROR)
    {
      char detail[TASK_DETAIL_MAX];
      snprintf (detail, sizeof detail, "%s, which could not be started", t->detail);
      task_set_state (t, TASK_FAILED, detail);
    }
  else if (t != NULL && !task_state_is_final (t->state))
    {
      t->started = timer_ticks ();
      task_set_state (t, TASK_RUNNING, NULL);
    }
  lock_release (&tasks_lock);
  return id;
}
#endif /* SOLUTION_IPWIS */
