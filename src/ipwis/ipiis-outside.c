/* The door out: a task's ipwis.ipiis_call becomes an IPIIS_OUTSIDE frame
   to the host, and the task's thread sleeps until the daemon hands it the
   host's answer. One call is on the line at a time. Calls the storage
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
#include "threads/malloc.h"
#include "threads/synch.h"

#define MAX_MODULE (1024 * 1024)        /* Bytes of a module loaded in pieces. */

static struct lock calling;     /* One outside call at a time. */
static struct semaphore answered;
static struct ipiis_frame call, answer;
static uint8_t call_sequence;
static bool waiting;

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
  waiting = true;
  ipiis_send (&call);
  sema_down (&answered);
  int n = answer.type == (IPIIS_OUTSIDE | IPIIS_REPLY) && answer.length <= reply_size
          ? answer.length : -1;
  if (n > 0)
    memcpy (reply, answer.payload, n);
  lock_release (&calling);
  return n;
}

/* The daemon's question for each frame: is it the answer a task waits
   for? If so the task has it, and the daemon sends no reply. */
bool
ipiis_outside_answered (const struct ipiis_frame *frame)
{
  if (!(frame->type == (IPIIS_OUTSIDE | IPIIS_REPLY) || frame->type == IPIIS_ERROR)
      || !waiting || frame->sequence != call.sequence)
    return false;
  answer = *frame;
  waiting = false;
  sema_up (&answered);
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

/* Reads file PATH whole through CALL, a piece at a time. */
static void *
load_in_pieces (task_outside_call *call, const char *path, size_t *size)
{
  static char request[IPIIS_MAX_PAYLOAD];
  static uint8_t piece[IPIIS_MAX_PAYLOAD];
  uint8_t *bytes = NULL;
  *size = 0;
  for (;;)
    {
      snprintf (request, sizeof request, "read %s %zu", path, *size);
      int n = call (NULL, (const uint8_t *) request, strlen (request), piece, sizeof piece);
      uint8_t *bigger = n >= 0 && *size + n <= MAX_MODULE ? realloc (bytes, *size + n + 1) : NULL;
      if (bigger == NULL)
        {
          free (bytes);
          return NULL;
        }
      bytes = bigger;
      memcpy (bytes + *size, piece, n);
      *size += n;
      if (n < (int) sizeof piece)
        return bytes;
    }
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
  task_set_outside (ipiis_outside_call, NULL);
  task_register_loader ("ipiis", load_from_host, NULL);
  if (ipsis_loaded ())
    task_register_loader ("ipsis", load_from_ipsis, NULL);
}
#endif /* SOLUTION_IPWIS */
