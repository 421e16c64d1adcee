/* Host unit tests of IPIIS frames (src/ipwis/ipiis-frame.c): frames of
   every size survive the trip, bytes that need escaping included, and no
   corrupt frame is ever accepted: each one is dropped and counted, and the
   next good frame still arrives. Prints "pass frame/NAME" or "FAIL ...". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report.h"
#include "ipwis/ipiis-frame.h"


static struct ipiis_frame
make_frame (uint8_t type, uint8_t sequence, size_t length, unsigned seed)
{
  struct ipiis_frame f = { type, sequence, length, { 0 } };
  for (size_t i = 0; i < length; i++)
    f.payload[i] = (i * 37 + seed) % 256;       /* Hits END and ESC often. */
  return f;
}

static bool
same (const struct ipiis_frame *a, const struct ipiis_frame *b)
{
  return a->type == b->type && a->sequence == b->sequence && a->length == b->length
         && !memcmp (a->payload, b->payload, a->length);
}

/* Feeds SIZE bytes of WIRE to D; stores the frames it yields in OUT (at
   most MAX) and returns how many. */
static int
feed (struct ipiis_decoder *d, const uint8_t *wire, size_t size, struct ipiis_frame *out, int max)
{
  int n = 0;
  struct ipiis_frame frame;
  for (size_t i = 0; i < size; i++)
    if (ipiis_decode_byte (d, wire[i], &frame) && n < max)
      out[n++] = frame;
  return n;
}

static uint8_t wire[4 * IPIIS_MAX_WIRE];
static struct ipiis_frame got[8];

static void
test_round_trip (void)
{
  static const size_t sizes[] = { 0, 1, 2, 200, IPIIS_MAX_PAYLOAD };
  bool ok = true;
  for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
    {
      struct ipiis_frame f = make_frame (0x81, i, sizes[i], i);
      struct ipiis_decoder d;
      ipiis_decoder_init (&d);
      size_t n = ipiis_encode (&f, wire);
      ok &= n <= IPIIS_MAX_WIRE && feed (&d, wire, n, got, 8) == 1 && same (&f, &got[0])
            && d.frames == 1 && d.dropped == 0;
    }
  report ("round-trip", ok, "a frame did not come back as it was sent");
}

/* Frame A, then frame B with byte I set to VALUE, then frame C: A and C
   arrive, B never does, and at least one frame is counted as dropped. */
static bool
survives_corruption (size_t i, uint8_t value)
{
  struct ipiis_frame a = make_frame (1, 1, 5, 1), b = make_frame (2, 2, 40, 2),
                     c = make_frame (3, 3, 7, 3);
  size_t n = ipiis_encode (&a, wire);
  size_t b_start = n;
  n += ipiis_encode (&b, wire + n);
  size_t b_end = n;
  n += ipiis_encode (&c, wire + n);
  if (b_start + i >= b_end || wire[b_start + i] == value)
    return true;
  wire[b_start + i] = value;
  struct ipiis_decoder d;
  ipiis_decoder_init (&d);
  int cnt = feed (&d, wire, n, got, 8);
  return cnt == 2 && same (&got[0], &a) && same (&got[1], &c) && d.dropped >= 1;
}

static void
test_every_byte_corrupted (void)
{
  char why[100] = "";
  for (size_t i = 0; i < 2 * 50 && !why[0]; i++)
    for (unsigned v = 0; v < 256 && !why[0]; v++)
      if (!survives_corruption (i, v))
        snprintf (why, sizeof why, "byte %zu of a frame set to %#x got through or lost a neighbour", i, v);
  report ("every-byte-corrupted", !why[0], why);
}

/* Bytes between two ENDs that are not a frame: each is dropped, counted
   once, and the good frame after it arrives. */
static void
expect_dropped (const char *name, const uint8_t *junk, size_t size)
{
  struct ipiis_frame good = make_frame (4, 9, 3, 4);
  size_t n = 0;
  wire[n++] = IPIIS_END;
  memcpy (wire + n, junk, size);
  n += size;
  n += ipiis_encode (&good, wire + n);
  struct ipiis_decoder d;
  ipiis_decoder_init (&d);
  int cnt = feed (&d, wire, n, got, 8);
  report (name, cnt == 1 && same (&got[0], &good) && d.dropped == 1 && d.frames == 1,
          "the junk was not dropped and counted once, or the good frame was lost");
}

/* A good frame's body, changed by EDIT, then re-checksummed or not. */
static size_t
edited_body (uint8_t *out, void (*edit) (uint8_t *body, size_t *size))
{
  struct ipiis_frame f = make_frame (5, 1, 10, 5);
  uint8_t raw[IPIIS_MAX_WIRE];
  size_t n = ipiis_encode (&f, raw), size = 0;
  for (size_t i = 1; i + 1 < n; i++)            /* Unescape it again. */
    out[size++] = raw[i] == IPIIS_ESC ? (raw[++i] == IPIIS_ESC_END ? IPIIS_END : IPIIS_ESC) : raw[i];
  edit (out, &size);
  for (size_t i = 0; i < size; i++)
    if (out[i] == IPIIS_END || out[i] == IPIIS_ESC)
      out[i] = 0x11;                            /* Keep the junk one frame. */
  return size;
}

static void edit_version (uint8_t *body, size_t *size) { (void) size; body[0] = 2; }
static void edit_longer (uint8_t *body, size_t *size) { (void) size; body[3]++; }
static void edit_cut (uint8_t *body, size_t *size) { (void) body; *size -= 1; }

static void
test_junk (void)
{
  uint8_t junk[3 * IPIIS_MAX_BODY];
  memset (junk, 'x', sizeof junk);
  expect_dropped ("oversized", junk, sizeof junk);
  expect_dropped ("short", junk, 3);
  uint8_t bad_escape[] = { 1, 2, IPIIS_ESC, 0x42, 3 };
  expect_dropped ("bad-escape", bad_escape, sizeof bad_escape);
  uint8_t escape_at_end[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, IPIIS_ESC };
  expect_dropped ("escape-at-end", escape_at_end, sizeof escape_at_end);
  size_t n = edited_body (junk, edit_version);
  expect_dropped ("wrong-version", junk, n);
  n = edited_body (junk, edit_longer);
  expect_dropped ("length-too-long", junk, n);
  n = edited_body (junk, edit_cut);
  expect_dropped ("truncated", junk, n);

  /* ENDs with nothing between them are padding, not dropped frames. */
  uint8_t padding[] = { IPIIS_END, IPIIS_END, IPIIS_END };
  struct ipiis_decoder d;
  ipiis_decoder_init (&d);
  feed (&d, padding, sizeof padding, got, 8);
  report ("padding", d.dropped == 0 && d.frames == 0, "empty frames were counted");
}

int
main (void)
{
  report_group ("frame");
  test_round_trip ();
  test_every_byte_corrupted ();
  test_junk ();
  return report_status ();
}
