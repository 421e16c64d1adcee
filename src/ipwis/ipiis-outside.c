/* The door out: a task's ipwis.ipiis_call becomes an IPIIS_OUTSIDE frame
   to the host, and the task's thread sleeps until the daemon hands it the
   host's answer, or OUTSIDE_DEADLINE ticks pass: a host that went away
   (or was never there) must not hold the door shut for every other
   task, so then the call fails, and an answer that comes later is
   dropped. One call is on the line at a time. Calls the storage
   module serves (ipsis.c) never leave the kernel. Also the loaders of
   the `ipiis:' and `ipsis:' program schemes, which read a module in
   pieces with `read PATH OFFSET' requests (doc/ipwis.md). */
#ifdef SOLUTION_IPWIS
#include "ipwis/ipiis-outside.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "ipwis/ipiis.h"
#include "ipwis/ipsis.h"
#include "ipwis/task.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define MAX_MODULE (1024 * 1024)        /* Bytes of a module loaded in pieces. */
#define OUTSIDE_DEADLINE (60 * TIMER_FREQ)      /* Ticks a call may wait. */

static struct lock calling;     /* One outside call at a time. */
static struct semaphore answered;
static struct ipiis_frame call, answer;
static uint8_t call_sequence;
/* The call on the line: whether it waits, its number and when it went
   out. Changed with interrupts off, since the daemon and the deadline
   thread both end a wait. */
static bool waiting;
static unsigned calls;
static int64_t call_sent;
static struct semaphore call_made;      /* Up once for each call sent. */

/* Sends REQUEST (SIZE bytes) to the host; the answer's size in REPLY, or
   -1 if the host refused it or it does not fit in REPLY_SIZE. */
static int
host_call (void *aux UNUSED, const uint8_t *request, size_t size, uint8_t *reply,
           size_t reply_size)
{
  if (size > IPIIS_MAX_PAYLOAD)
    return -1;
  lock_acquire (&calling);
  call.type = IPIIS_OUTSIDE;
  call.sequence = ++call_sequence;
  call.length = size;
  memcpy (call.payload, request, size);
  enum intr_level old_level = intr_disable ();
  waiting = true;
  calls++;
  call_sent = timer_ticks ();
  intr_set_level (old_level);
  sema_up (&call_made);
  ipiis_send (&call);
  sema_down (&answered);
  int n = answer.type == (IPIIS_OUTSIDE | IPIIS_REPLY) && answer.length <= reply_size
          ? answer.length : -1;
  if (n > 0)
    memcpy (reply, answer.payload, n);
  lock_release (&calling);
  return n;
}

/* Ends the wait of the call on the line with ANSWER_FRAME (an error if
   NULL), unless it has ended, or the call on the line is no longer
   number NUMBER. With interrupts off. */
static void
end_wait (const struct ipiis_frame *answer_frame, unsigned number)
{
  ASSERT (intr_get_level () == INTR_OFF);
  if (!waiting || calls != number)
    return;
  if (answer_frame != NULL)
    answer = *answer_frame;
  else
    answer.type = IPIIS_ERROR;
  waiting = false;
  sema_up (&answered);
}

/* The deadline thread: for each call sent, sleeps until its deadline,
   then ends its wait if it still waits. Calls go one at a time, so
   only the newest can be waiting. */
static void
watch_deadlines (void *aux UNUSED)
{
  for (;;)
    {
      sema_down (&call_made);
      enum intr_level old_level = intr_disable ();
      unsigned number = calls;
      int64_t deadline = call_sent + OUTSIDE_DEADLINE;
      intr_set_level (old_level);
      timer_sleep (deadline - timer_ticks ());
      old_level = intr_disable ();
      bool late = waiting && calls == number;
      end_wait (NULL, number);
      intr_set_level (old_level);
      /* With interrupts on: printing to the serial port takes a while. */
      if (late)
        printf ("IPIIS: the host did not answer outside call %u in %d ticks\n", number,
                OUTSIDE_DEADLINE);
    }
}

/* The daemon's question for each frame: is it the host's answer to an
   outside call (the host sends nothing else of these two types)? If so
   the waiting task has it, or it came too late and is dropped, and the
   daemon sends no reply. */
bool
ipiis_outside_answered (const struct ipiis_frame *frame)
{
  if (frame->type != (IPIIS_OUTSIDE | IPIIS_REPLY) && frame->type != IPIIS_ERROR)
    return false;
  enum intr_level old_level = intr_disable ();
  if (frame->sequence == call.sequence)
    end_wait (frame, calls);
  intr_set_level (old_level);
  return true;
}

/* ipwis.ipiis_call: to the storage module if it serves REQUEST. */
int
ipiis_outside_call (void *aux UNUSED, const uint8_t *request, size_t size, uint8_t *reply,
                    size_t reply_size)
{
  if (ipsis_serves (request, size))
    return ipsis_call (NULL, request, size, reply, reply_size);
  return host_call (NULL, request, size, reply, reply_size);
}

/* One load's request and the piece that answers it: from the heap, as
   two loads may run at once and a thread's stack is small. */
struct load_buffers
  {
    char request[IPIIS_MAX_PAYLOAD];
    uint8_t piece[IPIIS_MAX_PAYLOAD];
  };

/* Reads file PATH whole through CALL, a piece at a time. */
static void *
load_in_pieces (task_outside_call *call, const char *path, size_t *size)
{
  struct load_buffers *b = malloc (sizeof *b);
  uint8_t *bytes = NULL;
  *size = 0;
  while (b != NULL)
    {
      snprintf (b->request, sizeof b->request, "read %s %zu", path, *size);
      int n = call (NULL, (const uint8_t *) b->request, strlen (b->request), b->piece,
                    sizeof b->piece);
      uint8_t *bigger = n >= 0 && *size + n <= MAX_MODULE ? realloc (bytes, *size + n + 1) : NULL;
      if (bigger == NULL)
        break;
      bytes = bigger;
      memcpy (bytes + *size, b->piece, n);
      *size += n;
      if (n < (int) sizeof b->piece)
        {
          free (b);
          return bytes;
        }
    }
  free (b);
  free (bytes);
  return NULL;
}

static void *
load_from_host (void *aux UNUSED, const char *path, size_t *size)
{
  return load_in_pieces (host_call, path, size);
}

static void *
load_from_ipsis (void *aux UNUSED, const char *path, size_t *size)
{
  return load_in_pieces (ipsis_call, path, size);
}

/* Opens the door: the task layer's outside calls and loaders come here. */
void
ipiis_outside_start (void)
{
  lock_init (&calling);
  sema_init (&answered, 0);
  sema_init (&call_made, 0);
  thread_create ("ipiis-deadline", PRI_DEFAULT, watch_deadlines, NULL);
  task_set_outside (ipiis_outside_call, NULL);
  task_register_loader ("ipiis", load_from_host, NULL);
  if (ipsis_loaded ())
    task_register_loader ("ipsis", load_from_ipsis, NULL);
}
#endif /* SOLUTION_IPWIS */
