/* The IPIIS daemon. It owns COM2: every frame that arrives is answered
   with one reply frame carrying the request's sequence number, or
   dropped and counted if it is corrupt (ipiis-frame.c). Nothing the other
   end sends can do more than get an error back: kernel-mode commands
   must pass ipiis-auth.c first. The runtime's messages (runtime.c) go
   to the task layer; its events are pushed by a thread of their own, and
   tasks' calls to the host go out from their threads (ipiis-outside.c),
   so a lock keeps the frames on the line whole. */
#include "ipwis/ipiis.h"
#include <random.h>
#include <stdio.h>
#include <string.h>
#include "devices/com2.h"
#include "devices/shutdown.h"
#include "devices/timer.h"
#include "ipwis/ipiis-auth.h"
#include "ipwis/resources.h"
#ifdef SOLUTION_IPWIS
#include "ipwis/ipiis-outside.h"
#include "ipwis/runtime.h"
#include "ipwis/task.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"
#endif

static struct ipiis_auth auth;
static struct ipiis_decoder decoder;
static unsigned replies;
#ifdef SOLUTION_IPWIS
static struct lock line;        /* One frame on the line at a time. */

/* State changes waiting to be pushed to a watching caller: the task
   layer's listener must not block, so it only queues them. */
#define EVENT_QUEUE 32
struct event
  {
    task_id id;
    enum task_state state;
    char detail[TASK_DETAIL_MAX];
  };
static struct event events[EVENT_QUEUE];
static unsigned events_queued, events_pushed, events_lost;
static struct semaphore events_ready;
#endif

/* Sets the owner's key (the -owner-key=HEX option); false if malformed. */
bool
ipiis_set_owner_key (const char *hex)
{
  return ipiis_auth_set_key_hex (&auth, hex);
}

void
ipiis_init (void)
{
  ipiis_decoder_init (&decoder);
#ifdef SOLUTION_IPWIS
  lock_init (&line);
  sema_init (&events_ready, 0);
  runtime_init ();
#endif
}

static void
reply_text (struct ipiis_frame *reply, enum ipiis_type type, const char *text)
{
  reply->type = type;
  reply->length = strnlen (text, IPIIS_MAX_PAYLOAD);
  memcpy (reply->payload, text, reply->length);
}

/* Carries out an authenticated kernel-mode COMMAND. Returns whether the
   kernel should halt once the reply is sent. */
static bool
kernel_command (const uint8_t *command, size_t length, struct ipiis_frame *reply)
{
#ifdef SOLUTION_IPWIS
  static char text[IPIIS_MAX_PAYLOAD];  /* With every penalty. */
#else
  /* TODO (ipwis): a status report long enough for every penalty. */
  char text[160];              /* Replies here are short. */
#endif
  if (length == 6 && !memcmp (command, "status", 6))
    {
#ifdef SOLUTION_IPWIS
      int n = snprintf (text, sizeof text, "up %lld ticks; IPIIS: %u frames in, %u dropped, "
                        "%u replies, %u events pushed, %u lost\n", timer_ticks (),
                        decoder.frames, decoder.dropped, replies, events_pushed, events_lost);
      task_penalties_describe (text + n, sizeof text - n);
#else
      /* TODO (ipwis): report the events pushed and lost, and the penalties. */
      snprintf (text, sizeof text, "up %lld ticks; IPIIS: %u frames in, %u dropped, %u replies",
                timer_ticks (), decoder.frames, decoder.dropped, replies);
#endif
      reply_text (reply, IPIIS_KERNEL | IPIIS_REPLY, text);
      printf ("IPIIS: kernel-mode status\n");
      return false;
    }
  if (length == 4 && !memcmp (command, "halt", 4))
    {
      reply_text (reply, IPIIS_KERNEL | IPIIS_REPLY, "halting");
      printf ("IPIIS: kernel-mode halt\n");
      return true;
    }
  reply_text (reply, IPIIS_ERROR, "unknown kernel-mode command: there are status and halt");
  return false;
}

/* Answers REQUEST in REPLY. Returns whether the kernel should halt once
   the reply is sent. */
bool
ipiis_handle (const struct ipiis_frame *request, struct ipiis_frame *reply)
{
  char text[160];              /* Replies here are short. */
  reply->sequence = request->sequence;
  switch (request->type)
    {
    case IPIIS_ECHO:
      *reply = *request;
      reply->type = IPIIS_ECHO | IPIIS_REPLY;
      return false;
    case IPIIS_STATS:
      snprintf (text, sizeof text, "%u frames in, %u dropped, %u replies",
                decoder.frames, decoder.dropped, replies);
      reply_text (reply, IPIIS_STATS | IPIIS_REPLY, text);
      return false;
    case IPIIS_RESOURCES:
      {
        struct resources r;
        resources_measure (&r);
        resources_describe (&r, text, sizeof text);
        reply_text (reply, IPIIS_RESOURCES | IPIIS_REPLY, text);
        return false;
      }
    case IPIIS_NONCE:
      {
        uint8_t random[8];
        random_bytes (random, sizeof random);
        reply->type = IPIIS_NONCE | IPIIS_REPLY;
        reply->length = IPIIS_NONCE_SIZE;
        ipiis_auth_new_nonce (&auth, random, reply->payload);
        return false;
      }
    case IPIIS_KERNEL:
      {
        const uint8_t *command;
        size_t length;
        const char *refusal = ipiis_auth_check (&auth, request->payload, request->length,
                                                &command, &length);
        if (refusal == NULL)
          return kernel_command (command, length, reply);
        printf ("IPIIS: kernel-mode command refused: %s\n", refusal);
        reply_text (reply, IPIIS_ERROR, refusal);
        return false;
      }
    default:
#ifdef SOLUTION_IPWIS
      if (runtime_handle (request, reply))
        return false;
#endif
      snprintf (text, sizeof text, "unknown message type %#04x", request->type);
      reply_text (reply, IPIIS_ERROR, text);
      return false;
    }
}

/* Takes the next BYTE from the line; true when it completes a frame,
   now in REQUEST. */
bool
ipiis_receive_byte (uint8_t byte, struct ipiis_frame *request)
{
  return ipiis_decode_byte (&decoder, byte, request);
}

#ifdef SOLUTION_IPWIS
/* Puts FRAME on the line, whole, whichever thread sends it. */
void
ipiis_send (const struct ipiis_frame *frame)
{
  static uint8_t wire[IPIIS_MAX_WIRE];
  lock_acquire (&line);
  com2_write (wire, ipiis_encode (frame, wire));
  lock_release (&line);
}

/* The task layer's listener: queues the change if a caller watches. */
static void
queue_event (void *aux UNUSED, task_id id, enum task_state state, const char *detail)
{
  if (!runtime_watching ())
    return;
  enum intr_level old_level = intr_disable ();
  if (events_queued - events_pushed == EVENT_QUEUE)
    events_lost++;
  else
    {
      struct event *e = &events[events_queued++ % EVENT_QUEUE];
      e->id = id;
      e->state = state;
      strlcpy (e->detail, detail != NULL ? detail : "", sizeof e->detail);
      sema_up (&events_ready);
    }
  intr_set_level (old_level);
}

/* The pushing thread: sends each queued event, in order. */
static void
push_events (void *aux UNUSED)
{
  static struct event e;
  static struct ipiis_frame frame;
  for (;;)
    {
      sema_down (&events_ready);
      enum intr_level old_level = intr_disable ();
      e = events[events_pushed % EVENT_QUEUE];
      intr_set_level (old_level);
      runtime_event_frame (e.id, e.state, e.detail, &frame);
      ipiis_send (&frame);
      events_pushed++;
    }
}

/* Hooks the runtime to the task layer: events, the door out, loaders. */
static void
start_runtime (void)
{
  task_set_listener (queue_event, NULL);
  ipiis_outside_start ();
  thread_create ("ipiis-push", PRI_DEFAULT, push_events, NULL);
}
#endif

static void
send_frame (const struct ipiis_frame *frame)
{
#ifdef SOLUTION_IPWIS
  ipiis_send (frame);
#else
  /* TODO (ipwis): share the line with the thread that pushes events. */
  static uint8_t wire[IPIIS_MAX_WIRE];
  com2_write (wire, ipiis_encode (frame, wire));
#endif
  replies++;
}

/* Serves IPIIS on COM2 until a kernel-mode halt powers the machine off. */
void
ipiis_serve (void)
{
  static struct ipiis_frame request, reply;
  if (!com2_init ())
    {
      printf ("IPIIS: this machine has no COM2; run skiff with --com2 unix:PATH\n");
      shutdown_power_off ();
    }
  ipiis_init ();
#ifdef SOLUTION_IPWIS
  start_runtime ();
#endif
  printf ("IPIIS: serving on COM2\n");
  for (;;)
    if (ipiis_receive_byte (com2_getc (), &request))
      {
#ifdef SOLUTION_IPWIS
        if (ipiis_outside_answered (&request))
          continue;
#endif
        bool halt = ipiis_handle (&request, &reply);
        send_frame (&reply);
        if (halt)
          shutdown_power_off ();
      }
}
