/* The IPIIS daemon. It owns COM2: every frame that arrives is answered
   with one reply frame carrying the request's sequence number, or
   dropped and counted if it is corrupt (ipiis-frame.c). Nothing the other
   end sends can do more than get an error back: kernel-mode commands
   must pass ipiis-auth.c first. */
#include "ipwis/ipiis.h"
#include <random.h>
#include <stdio.h>
#include <string.h>
#include "devices/com2.h"
#include "devices/shutdown.h"
#include "devices/timer.h"
#include "ipwis/ipiis-auth.h"
#include "ipwis/resources.h"

static struct ipiis_auth auth;
static struct ipiis_decoder decoder;
static unsigned replies;

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
  char text[160];              /* Replies here are short. */
  if (length == 6 && !memcmp (command, "status", 6))
    {
      snprintf (text, sizeof text, "up %lld ticks; IPIIS: %u frames in, %u dropped, %u replies",
                timer_ticks (), decoder.frames, decoder.dropped, replies);
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

static void
send_frame (const struct ipiis_frame *frame)
{
  static uint8_t wire[IPIIS_MAX_WIRE];
  com2_write (wire, ipiis_encode (frame, wire));
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
  printf ("IPIIS: serving on COM2\n");
  for (;;)
    if (ipiis_receive_byte (com2_getc (), &request))
      {
        bool halt = ipiis_handle (&request, &reply);
        send_frame (&reply);
        if (halt)
          shutdown_power_off ();
      }
}
