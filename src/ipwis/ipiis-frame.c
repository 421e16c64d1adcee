/* Encoding and decoding IPIIS frames (see ipiis-frame.h). */
#include "ipwis/ipiis-frame.h"
#include <crc32.h>
#include <string.h>

static size_t
put_escaped (uint8_t *wire, size_t n, uint8_t byte)
{
  if (byte == IPIIS_END || byte == IPIIS_ESC)
    {
      wire[n++] = IPIIS_ESC;
      byte = byte == IPIIS_END ? IPIIS_ESC_END : IPIIS_ESC_ESC;
    }
  wire[n++] = byte;
  return n;
}

size_t
ipiis_encode (const struct ipiis_frame *frame, uint8_t wire[IPIIS_MAX_WIRE])
{
  uint8_t body[IPIIS_MAX_BODY];
  size_t length = frame->length <= IPIIS_MAX_PAYLOAD ? frame->length : IPIIS_MAX_PAYLOAD;
  body[0] = IPIIS_VERSION;
  body[1] = frame->type;
  body[2] = frame->sequence;
  body[3] = length & 0xff;
  body[4] = length >> 8;
  memcpy (body + IPIIS_HEADER_SIZE, frame->payload, length);
  size_t size = IPIIS_HEADER_SIZE + length;
  uint32_t crc = crc32_update (0, body, size);
  for (int i = 0; i < IPIIS_CRC_SIZE; i++)
    body[size++] = crc >> (8 * i);

  size_t n = 0;
  wire[n++] = IPIIS_END;
  for (size_t i = 0; i < size; i++)
    n = put_escaped (wire, n, body[i]);
  wire[n++] = IPIIS_END;
  return n;
}

void
ipiis_decoder_init (struct ipiis_decoder *d)
{
  memset (d, 0, sizeof *d);
}

/* Whether the body D holds is a whole, intact frame; if so, copies it to
   FRAME. */
static bool
accept_body (const struct ipiis_decoder *d, struct ipiis_frame *frame)
{
  if (d->broken || d->used < IPIIS_HEADER_SIZE + IPIIS_CRC_SIZE || d->body[0] != IPIIS_VERSION)
    return false;
  size_t length = d->body[3] | d->body[4] << 8;
  if (length > IPIIS_MAX_PAYLOAD || d->used != IPIIS_HEADER_SIZE + length + IPIIS_CRC_SIZE)
    return false;
  size_t size = IPIIS_HEADER_SIZE + length;
  uint32_t crc = 0;
  for (int i = 0; i < IPIIS_CRC_SIZE; i++)
    crc |= (uint32_t) d->body[size + i] << (8 * i);
  if (crc != crc32_update (0, d->body, size))
    return false;
  frame->type = d->body[1];
  frame->sequence = d->body[2];
  frame->length = length;
  memcpy (frame->payload, d->body + IPIIS_HEADER_SIZE, length);
  return true;
}

/* Takes the next BYTE from the line. Returns true when it completed an
   intact frame, now in FRAME. A bad frame is dropped and counted when its
   END arrives; ENDs with nothing between them are only padding. */
bool
ipiis_decode_byte (struct ipiis_decoder *d, uint8_t byte, struct ipiis_frame *frame)
{
  if (byte == IPIIS_END)
    {
      bool empty = d->used == 0 && !d->broken && !d->escaped;
      bool good = !empty && !d->escaped && accept_body (d, frame);
      if (good)
        d->frames++;
      else if (!empty)
        d->dropped++;
      d->used = 0;
      d->escaped = d->broken = false;
      return good;
    }
  if (d->escaped)
    {
      d->escaped = false;
      if (byte != IPIIS_ESC_END && byte != IPIIS_ESC_ESC)
        {
          d->broken = true;
          return false;
        }
      byte = byte == IPIIS_ESC_END ? IPIIS_END : IPIIS_ESC;
    }
  else if (byte == IPIIS_ESC)
    {
      d->escaped = true;
      return false;
    }
  if (d->used == IPIIS_MAX_BODY)
    d->broken = true;
  else
    d->body[d->used++] = byte;
  return false;
}
