/* Tasks: the interface of IPWIS's task layer, the part of the kernel
   that runs dependency trees. A caller (the runtime daemon on IPIIS, or a
   kernel test) submits the text of a signed tree; the task layer parses,
   verifies and admits it, and starts its root program as a task: a WASM
   instance in a kernel thread of its own, under the normal scheduler,
   with its own linear memory from the user pool and a fuel budget that
   enforces the tree's maximum call time. The caller gets a task id at
   once and then either asks for the task's state (pull) or is told of
   every change by a listener it registered (push).

   Everything here may be called from any kernel thread, never from an
   interrupt handler. The rules (states, penalties, what each protection
   and interrupt mode may do) are in doc/ipwis.md. This interface is
   given; the student implements it in task*.c. */
#ifndef IPWIS_TASK_H
#define IPWIS_TASK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A task's id: 1, 2, 3 ... in order of submission, never reused during
   a boot. Negative values are the refusals of task_submit. */
typedef int task_id;

#define TASK_REFUSED (-1)       /* Malformed, forged, or over its limits. */
#define TASK_DELEGATE (-2)      /* Fine, but this machine cannot meet its needs. */

/* The states a task goes through. ADMITTED, RUNNING and WAITING are
   live; the other four are final, and a task never leaves them. */
enum task_state
  {
    TASK_ADMITTED,              /* Accepted; its thread has not run yet. */
    TASK_RUNNING,               /* Its WASM code is running or ready to. */
    TASK_WAITING,               /* Blocked in wait_any on its requests. */
    TASK_DONE,                  /* Returned normally; outputs are final. */
    TASK_FAILED,                /* Refused at load, trapped, or exited != 0. */
    TASK_TIMED_OUT,             /* Overran its max-time; no exception program saved it. */
    TASK_ABORTED,               /* Aborted by itself, its tree or a cancel. */
    TASK_STATE_CNT
  };

/* "admitted", "running", ... as the runtime prints them. */
const char *task_state_name (enum task_state);
static inline bool
task_state_is_final (enum task_state s)
{
  return s >= TASK_DONE;
}

/* Submits the signed tree TEXT (SIZE bytes) for its caller. Returns the
   new task's id, or TASK_REFUSED or TASK_DELEGATE with the reason in WHY
   (WHY_SIZE bytes), e.g. "line 3: ..." or "delegate: the root needs 1
   GPUs and this machine has 0". A caller with too many penalties is
   refused too (see task_penalties). The text is copied: the caller may
   reuse its buffer at once. */
task_id task_submit (const char *text, size_t size, char *why, size_t why_size);

/* What the runtime reports about a task. */
#define TASK_DETAIL_MAX 96
#define TASK_OUTPUTS_MAX 512
struct task_info
  {
    task_id id;
    enum task_state state;
    int64_t submitted;          /* Timer tick of the submission. */
    int64_t started;            /* Tick its first instruction ran, or -1. */
    int64_t finished;           /* Tick it reached a final state, or -1. */
    unsigned penalties;         /* Penalties this task's tree earned. */
    char detail[TASK_DETAIL_MAX];       /* Why it failed, its last status... */
    char outputs[TASK_OUTPUTS_MAX];     /* "KEY=VALUE\n" for each output set. */
  };

/* Fills INFO for task ID; false if there is no such task. */
bool task_lookup (task_id, struct task_info *info);

/* Blocks until task ID is in a final state, and returns that state
   (TASK_FAILED if there is no such task). */
enum task_state task_wait (task_id);

/* Ends task ID and every program it started, as ABORTED ("cancelled by
   its caller"); no penalty. False if there is no such task or it had
   already finished. */
bool task_cancel (task_id);

/* The push side: LISTENER (AUX, ID, STATE, DETAIL) is called on every
   change of any task's state, in order, from the thread that made the
   change. It must not block for long and must not call back into the
   task layer. One listener at a time; NULL removes it. */
typedef void task_listener (void *aux, task_id, enum task_state, const char *detail);
void task_set_listener (task_listener *, void *aux);

/* Penalties so far: against the program at PATH ("local:/..."), and
   against CALLER. A timeout that the exception program takes over costs
   one penalty, an abort two. Their effect is documented in doc/ipwis.md:
   a caller's new tasks run at a lower priority for each penalty, and
   once it has TASK_PENALTY_LIMIT its trees are refused. */
#define TASK_PENALTY_LIMIT 8
unsigned task_penalties_program (const char *path);
unsigned task_penalties_caller (const char *caller);
/* One line per program and per caller with penalties, into TEXT. */
void task_penalties_describe (char *text, size_t size);

/* Where a task's modules come from. A program path is SCHEME:/PATH;
   "local" (Skiff's file system) is built in. The runtime registers a
   loader for "ipiis" (the host) and "ipsis" (the storage module): LOAD
   (AUX, PATH, SIZE) returns the bytes of the file PATH (without the
   scheme) in memory from malloc, which the task layer frees, and its
   size in SIZE; or NULL if there is no such file. */
typedef void *task_loader (void *aux, const char *path, size_t *size);
bool task_register_loader (const char *scheme, task_loader *, void *aux);

/* The door out: a task's ipwis.ipiis_call (REQUEST, REQUEST_SIZE) is
   handed to CALL, which writes at most REPLY_SIZE bytes of reply to
   REPLY and returns how many, or -1 if the outside did not answer. Set
   by the runtime; without it ipiis_call returns -1. */
typedef int task_outside_call (void *aux, const uint8_t *request, size_t request_size,
                               uint8_t *reply, size_t reply_size);
void task_set_outside (task_outside_call *, void *aux);

#ifdef SOLUTION_IPWIS
/* The -delegate boot option: from now on a tree this machine cannot
   meet is handed to a bigger kernel through the door out, and its
   caller gets a task id here as for any other (doc/ipwis.md). */
void task_delegate_enable (void);
#endif

/* Boot: sets up the table of tasks. */
void task_init (void);

#endif /* ipwis/task.h */
