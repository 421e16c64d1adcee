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
   not end one: the tree waits until it exits.

   A program the table puts on the host (`@host') runs there instead,
   behind IPIIS: a thread of the grant's own makes the outside call
   `interrupt NAME ARGS', and the host answers `exit N' once its command
   of that name has ended. The host cannot be stopped either; the door
   out's deadline bounds the wait. */
#ifdef SOLUTION_IPWIS
#include "ipwis/task-internal.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "devices/timer.h"
#include "threads/malloc.h"
#include "threads/thread.h"
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

/* The program of the grant ID_ ended with exit STATUS: called from its
   process's thread, or the grant's on the host. The record is still live (only this ends it), so it is still
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

/* The grant ID failed; its detail says HOW. */
static void
grant_failed (task_id id, const char *how)
{
  char detail[TASK_DETAIL_MAX];
  lock_acquire (&tasks_lock);
  struct task *t = task_find (id);
  snprintf (detail, sizeof detail, "%s, %s", t->detail, how);
  task_set_state (t, TASK_FAILED, detail);
  lock_release (&tasks_lock);
}

/* The grant ID's program is running, if it has not ended already. */
static void
grant_running (task_id id)
{
  lock_acquire (&tasks_lock);
  struct task *t = task_find (id);
  if (t != NULL && !task_state_is_final (t->state))
    {
      t->started = timer_ticks ();
      task_set_state (t, TASK_RUNNING, NULL);
    }
  lock_release (&tasks_lock);
}

/* Starts PROGRAM's ring-3 process, with the ARGS_LEN bytes of ARGS, for
   the grant ID. */
static void
start_process (task_id id, const struct interrupt_program *program, const char *args,
               size_t args_len)
{
  char cmdline[INTERRUPT_PROGRAM_MAX + 2 + INTERRUPT_ARGS_MAX];
  snprintf (cmdline, sizeof cmdline, "%s %.*s", program->program, (int) args_len, args);
  /* Without tasks_lock: the program loads from the disk meanwhile, and
     may even have ended by the time this returns. */
  lock_acquire (&starting);
  tid_t tid = process_execute_notify (cmdline, interrupt_ended, (void *) (intptr_t) id);
  lock_release (&starting);
  if (tid == TID_ERROR)
    grant_failed (id, "which could not be started");
  else
    grant_running (id);
}

/* A grant run on the host: its record's id and its outside call. */
struct host_grant
  {
    task_id id;
    char request[sizeof "interrupt " + INTERRUPT_NAME_MAX + 1 + INTERRUPT_ARGS_MAX];
  };

/* The exit status in the host's ANSWER, "exit N"; false if it is not one. */
static bool
parse_exit (const char *answer, int *status)
{
  const char *digits = answer + strlen ("exit ");
  bool negative = *digits == '-';
  digits += negative;
  if (strncmp (answer, "exit ", 5) || *digits == '\0' || strlen (digits) > 9)
    return false;
  for (*status = 0; *digits != '\0'; digits++)
    {
      if (*digits < '0' || *digits > '9')
        return false;
      *status = *status * 10 + (*digits - '0');
    }
  if (negative)
    *status = -*status;
  return true;
}

/* The thread of a grant run on the host: it makes the outside call
   `interrupt NAME ARGS', which the host answers once its command has
   ended, with its exit status. */
static void
run_on_host (void *g_)
{
  struct host_grant *g = g_;
  char answer[32];
  grant_running (g->id);
  int n = task_call_outside ((const uint8_t *) g->request, strlen (g->request),
                             (uint8_t *) answer, sizeof answer - 1);
  answer[n > 0 ? n : 0] = '\0';
  int status;
  if (n >= 0 && parse_exit (answer, &status))
    interrupt_ended ((void *) (intptr_t) g->id, status);
  else
    grant_failed (g->id, "but the host did not run it");
  free (g);
}

/* Starts the host's command NAME with the ARGS_LEN bytes of ARGS for
   the grant ID. */
static void
start_on_host (task_id id, const char *name, const char *args, size_t args_len)
{
  struct host_grant *g = malloc (sizeof *g);
  if (g != NULL)
    {
      g->id = id;
      snprintf (g->request, sizeof g->request, "interrupt %s%s%.*s", name,
                args_len > 0 ? " " : "", (int) args_len, args);
    }
  if (g == NULL || thread_create ("interrupt", PRI_DEFAULT, run_on_host, g) == TID_ERROR)
    {
      free (g);
      grant_failed (id, "which could not be started");
    }
}

/* Starts PROGRAM with the ARGS_LEN bytes of ARGS (at most
   INTERRUPT_ARGS_MAX) for PARENT; returns its handle, or -1 if PARENT
   may start no more. */
task_id
task_start_interrupt (struct task *parent, const struct interrupt_program *program,
                      const char *args, size_t args_len)
{
  ASSERT (args_len <= INTERRUPT_ARGS_MAX);
  lock_acquire (&tasks_lock);
  struct task *t = task_new_child (parent, parent->node, MODE_INTERRUPT);
  task_id id = t != NULL ? t->id : -1;
  if (t != NULL)
    snprintf (t->detail, sizeof t->detail, "interrupt %s: %s", program->name, program->program);
  lock_release (&tasks_lock);
  if (id < 0)
    return -1;
  if (program->on_host)
    start_on_host (id, program->name, args, args_len);
  else
    start_process (id, program, args, args_len);
  return id;
}
#endif /* SOLUTION_IPWIS */
