/* The readers of reader.h.  The limits are the binary format's: an N-bit
   LEB128 number takes at most ceil(N/7) bytes, and the bits of the last
   byte beyond N must be zero (unsigned) or copies of the sign (signed). */
#include "ipwis/wasm/reader.h"

void
reader_init (struct reader *r, const uint8_t *start, const uint8_t *pos,
             const uint8_t *end)
{
  r->start = start;
  r->pos = pos;
  r->end = end;
  r->error = NULL;
}

bool
reader_fail (struct reader *r, const char *error)
{
  if (r->error == NULL)
    r->error = error;
  r->pos = r->end;
  return false;
}

uint8_t
read_u8 (struct reader *r)
{
  if (r->error != NULL)
    return 0;
  if (r->pos >= r->end)
    return reader_fail (r, "unexpected end");
  return *r->pos++;
}

/* Reads an unsigned or signed LEB128 number of BITS bits. */
static uint64_t
read_leb (struct reader *r, unsigned bits, bool is_signed)
{
  uint64_t value = 0;
  unsigned shift = 0;
  for (;;)
    {
      if (r->error != NULL)
        return 0;
      if (r->pos >= r->end)
        return reader_fail (r, "unexpected end");
      uint8_t byte = *r->pos++;
      unsigned left = bits - shift;     /* value bits this byte may hold */
      if (left < 7)
        {
          /* The last byte allowed: no continuation, no stray bits. */
          uint8_t unused = (uint8_t) (0x7f & ~((1u << left) - 1));
          if (byte & 0x80)
            return reader_fail (r, "integer representation too long");
          uint8_t extra = byte & unused;
          bool negative = is_signed && (byte & (1u << (left - 1)));
          if (extra != (negative ? unused : 0))
            return reader_fail (r, "integer too large");
        }
      value |= (uint64_t) (byte & 0x7f) << shift;
      shift += 7;
      if ((byte & 0x80) == 0)
        {
          if (is_signed && shift < 64 && (byte & 0x40))
            value |= ~(uint64_t) 0 << shift;
          return value;
        }
      if (shift >= bits)
        return reader_fail (r, "integer representation too long");
    }
}

uint32_t
read_u32 (struct reader *r)
{
  return (uint32_t) read_leb (r, 32, false);
}

int32_t
read_s32 (struct reader *r)
{
  return (int32_t) (uint32_t) read_leb (r, 32, true);
}

int64_t
read_s64 (struct reader *r)
{
  return (int64_t) read_leb (r, 64, true);
}

const uint8_t *
read_bytes (struct reader *r, uint32_t size)
{
  if (r->error != NULL)
    return NULL;
  if ((size_t) (r->end - r->pos) < size)
    {
      reader_fail (r, "unexpected end");
      return NULL;
    }
  const uint8_t *bytes = r->pos;
  r->pos += size;
  return bytes;
}

uint32_t
read_f32_bits (struct reader *r)
{
  const uint8_t *b = read_bytes (r, 4);
  if (b == NULL)
    return 0;
  return b[0] | (uint32_t) b[1] << 8 | (uint32_t) b[2] << 16
         | (uint32_t) b[3] << 24;
}

uint64_t
read_f64_bits (struct reader *r)
{
  uint64_t low = read_f32_bits (r);
  return low | (uint64_t) read_f32_bits (r) << 32;
}

uint32_t
read_count (struct reader *r)
{
  uint32_t count = read_u32 (r);
  if (count > (size_t) (r->end - r->pos))
    {
      reader_fail (r, "unexpected end");
      return 0;
    }
  return count;
}

/* Is BYTES[0..SIZE) well-formed UTF-8: shortest forms only, no
   surrogates, nothing above U+10FFFF? */
static bool
utf8_valid (const uint8_t *bytes, uint32_t size)
{
  uint32_t i = 0;
  while (i < size)
    {
      uint8_t b = bytes[i];
      uint32_t length, min;
      uint32_t cp;
      if (b < 0x80)
        {
          i++;
          continue;
        }
      else if ((b & 0xe0) == 0xc0)
        length = 2, min = 0x80, cp = b & 0x1f;
      else if ((b & 0xf0) == 0xe0)
        length = 3, min = 0x800, cp = b & 0x0f;
      else if ((b & 0xf8) == 0xf0)
        length = 4, min = 0x10000, cp = b & 0x07;
      else
        return false;
      if (size - i < length)
        return false;
      for (uint32_t k = 1; k < length; k++)
        {
          if ((bytes[i + k] & 0xc0) != 0x80)
            return false;
          cp = cp << 6 | (bytes[i + k] & 0x3f);
        }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return false;
      i += length;
    }
  return true;
}

const uint8_t *
read_name (struct reader *r, uint32_t *size)
{
  *size = read_u32 (r);
  const uint8_t *bytes = read_bytes (r, *size);
  if (bytes != NULL && !utf8_valid (bytes, *size))
    {
      reader_fail (r, "malformed UTF-8 encoding");
      return NULL;
    }
  return bytes;
}
