/* Reading the binary format: bytes, LEB128 integers with the
   specification's length and range limits, floats and UTF-8 names.

   Errors are sticky: the first one is kept in ERROR and every later read
   returns 0, so a caller may read several fields and check once. */
#ifndef IPWIS_WASM_READER_H
#define IPWIS_WASM_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct reader
  {
    const uint8_t *start;           /* of the whole module, for offsets */
    const uint8_t *pos, *end;
    const char *error;
  };

void reader_init (struct reader *, const uint8_t *start, const uint8_t *pos,
                  const uint8_t *end);
/* Sets the error (if none yet); returns false, for "return fail (...)". */
bool reader_fail (struct reader *, const char *error);
static inline bool
reader_at_end (const struct reader *r)
{
  return r->pos >= r->end;
}
static inline size_t
reader_offset (const struct reader *r)
{
  return (size_t) (r->pos - r->start);
}
uint8_t read_u8 (struct reader *);
uint32_t read_u32 (struct reader *);
int32_t read_s32 (struct reader *);
int64_t read_s64 (struct reader *);
uint32_t read_f32_bits (struct reader *);
uint64_t read_f64_bits (struct reader *);
/* SIZE raw bytes; NULL (and an error) if there are fewer left. */
const uint8_t *read_bytes (struct reader *, uint32_t size);
/* A vector's length, refused if even one-byte elements could not fit. */
uint32_t read_count (struct reader *);
/* A name: its length, then that many bytes of valid UTF-8. */
const uint8_t *read_name (struct reader *, uint32_t *size);

#endif /* ipwis/wasm/reader.h */
