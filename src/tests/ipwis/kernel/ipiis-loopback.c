/* The IPIIS daemon's end of the line, with COM2 in loopback mode standing
   in for the host: every frame really goes out through the UART and comes
   back in through its receive interrupt. Requests go to the daemon's own
   decoder and handler; its replies come back to a decoder playing the
   host. Checks an echo, a corrupt frame (dropped, counted, and the next
   frame still heard), and kernel-mode commands: refused without a key,
   accepted with the owner's, refused when replayed or signed wrongly;
   and times a hundred echoes, the kernel's own cost of a round trip. */
#include "tests/ipwis/kernel/tests.h"
#include <string.h>
#include <hmac-sha256.h>
#include "devices/com2.h"
#include "devices/timer.h"
#include "ipwis/ipiis.h"
#include "ipwis/ipiis-auth.h"

static struct ipiis_decoder host;
static struct ipiis_frame request, reply;

/* Sends SIZE bytes of WIRE through the loopback a byte at a time, each
   read back at once, feeding the daemon (TO_DAEMON) or the host decoder.
   Returns whether they completed a frame, now in *FRAME. */
static bool
loop_bytes (const uint8_t *wire, size_t size, bool to_daemon, struct ipiis_frame *frame)
{
  bool complete = false;
  for (size_t i = 0; i < size; i++)
    {
      com2_write (&wire[i], 1);
      uint8_t byte = com2_getc ();
      if (byte != wire[i])
        fail ("byte %zu came back as %#x, not %#x", i, byte, wire[i]);
      complete |= to_daemon ? ipiis_receive_byte (byte, frame)
                            : ipiis_decode_byte (&host, byte, frame);
    }
  return complete;
}

static bool
loop_frame (const struct ipiis_frame *f, bool to_daemon, struct ipiis_frame *out)
{
  static uint8_t wire[IPIIS_MAX_WIRE];
  return loop_bytes (wire, ipiis_encode (f, wire), to_daemon, out);
}

/* Sends F to the daemon and its reply back; returns the reply. */
static const struct ipiis_frame *
round_trip (const struct ipiis_frame *f)
{
  static struct ipiis_frame answer;
  if (!loop_frame (f, true, &request))
    fail ("the daemon did not get a frame of type %#x", f->type);
  ipiis_handle (&request, &reply);
  if (!loop_frame (&reply, false, &answer) || answer.sequence != f->sequence)
    fail ("the reply to a frame of type %#x did not come back", f->type);
  return &answer;
}

/* Frames are 1 kB each, too big for a kernel stack: F is a static. */
static void
text_frame (struct ipiis_frame *f, uint8_t type, uint8_t sequence, const char *text)
{
  *f = (struct ipiis_frame) { type, sequence, strlen (text), { 0 } };
  memcpy (f->payload, text, f->length);
}

/* Prints REPLY's payload as text, after LABEL. */
static void
show (const char *label, const struct ipiis_frame *r)
{
  msg ("%s: %s%.*s", label, r->type == IPIIS_ERROR ? "refused: " : "",
       (int) r->length, (const char *) r->payload);
}

/* A kernel-mode COMMAND signed under KEY with a fresh nonce, in F. */
static void
kernel_frame (struct ipiis_frame *f, uint8_t sequence, const uint8_t *key, size_t key_size,
              const char *command)
{
  text_frame (f, IPIIS_NONCE, sequence, "");
  const struct ipiis_frame *nonce = round_trip (f);
  *f = (struct ipiis_frame) { IPIIS_KERNEL, sequence, 0, { 0 } };
  memcpy (f->payload, nonce->payload, IPIIS_NONCE_SIZE);
  struct hmac_sha256_ctx mac;
  hmac_sha256_init (&mac, key, key_size);
  hmac_sha256_update (&mac, nonce->payload, IPIIS_NONCE_SIZE);
  hmac_sha256_update (&mac, command, strlen (command));
  hmac_sha256_final (&mac, f->payload + IPIIS_NONCE_SIZE);
  memcpy (f->payload + IPIIS_NONCE_SIZE + HMAC_SHA256_SIZE, command, strlen (command));
  f->length = IPIIS_NONCE_SIZE + HMAC_SHA256_SIZE + strlen (command);
}

/* COM2 turned back on itself, and both decoders fresh. */
static void
open_loopback (void)
{
  if (!com2_init ())
    fail ("this machine has no COM2 (the .ck file asks for --com2 null)");
  com2_set_loopback (true);
  ipiis_init ();
  ipiis_decoder_init (&host);
}

void
test_ipiis_loopback (void)
{
  static const uint8_t owner[] = { 0xa1, 0xb2 }, stranger[] = { 0xa1, 0xb3 };
  open_loopback ();

  static struct ipiis_frame echo, f;
  text_frame (&echo, IPIIS_ECHO, 1, "hello \xc0\xdb through the UART");
  const struct ipiis_frame *answer = round_trip (&echo);
  bool same = answer->type == (IPIIS_ECHO | IPIIS_REPLY) && answer->length == echo.length
              && !memcmp (answer->payload, echo.payload, echo.length);
  msg ("echo of %u bytes, END and ESC among them: %s", echo.length,
       same ? "came back intact" : "came back WRONG");

  static uint8_t wire[IPIIS_MAX_WIRE];
  size_t size = ipiis_encode (&echo, wire);
  wire[size - 2] ^= 0x01;                       /* Spoil the CRC. */
  if (loop_bytes (wire, size, true, &request))
    fail ("a frame with a wrong CRC was accepted");
  text_frame (&f, IPIIS_STATS, 2, "");
  show ("after a corrupt frame, stats", round_trip (&f));

  kernel_frame (&f, 3, owner, sizeof owner, "status");
  show ("status, no owner key set", round_trip (&f));
  ipiis_set_owner_key ("a1b2");
  kernel_frame (&f, 4, owner, sizeof owner, "status");
  answer = round_trip (&f);
  msg ("status with the owner's key: %s", answer->type == (IPIIS_KERNEL | IPIIS_REPLY)
       ? "accepted" : "REFUSED");
  show ("the same status again", round_trip (&f));
  kernel_frame (&f, 5, stranger, sizeof stranger, "halt");
  show ("halt under another key", round_trip (&f));
  text_frame (&f, 0x42, 6, "");
  show ("type 0x42", round_trip (&f));
}

/* The kernel's own cost of one IPIIS round trip: ROUNDS echoes of a
   32-byte payload, each through the UART to the daemon and back, timed
   in simulated ticks (the figure doc/ipwis.md quotes). */
void
test_ipiis_round_trip (void)
{
  enum { ROUNDS = 100 };
  static struct ipiis_frame echo;
  open_loopback ();
  text_frame (&echo, IPIIS_ECHO, 1, "a 32-byte payload for the trip..");
  int64_t start = timer_ticks ();
  for (int i = 0; i < ROUNDS; i++)
    {
      echo.sequence = i;
      const struct ipiis_frame *answer = round_trip (&echo);
      if (answer->length != echo.length || memcmp (answer->payload, echo.payload, echo.length))
        fail ("echo %d came back changed", i);
    }
  msg ("%d echo round trips of %u bytes through the UART: %lld ticks", ROUNDS, echo.length,
       timer_elapsed (start));
}
