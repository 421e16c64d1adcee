/* The binary reader's limits (LEB128 lengths and unused bits, the end of
   input, UTF-8), and the messages a refused module gets. */
#include <string.h>
#include "check.h"
#include "ipwis/wasm/reader.h"

static struct reader r;

static void
from (const uint8_t *bytes, size_t size)
{
  reader_init (&r, bytes, bytes, bytes + size);
}

#define BYTES(...) (const uint8_t[]) { __VA_ARGS__ }, sizeof ((const uint8_t[]) { __VA_ARGS__ })

void
test_reader (void)
{
  from (BYTES (0xff, 0xff, 0xff, 0xff, 0x0f));
  EXPECT (read_u32 (&r) == 0xffffffffu && r.error == NULL, "u32 max");
  from (BYTES (0xff, 0xff, 0xff, 0xff, 0x1f));
  read_u32 (&r);
  EXPECT (r.error && strcmp (r.error, "integer too large") == 0, "u32 stray bit");
  from (BYTES (0x80, 0x80, 0x80, 0x80, 0x80, 0x00));
  read_u32 (&r);
  EXPECT (r.error && strcmp (r.error, "integer representation too long") == 0,
          "u32 in six bytes");
  from (BYTES (0x80, 0x00));
  EXPECT (read_u32 (&r) == 0 && r.error == NULL, "a padded zero is fine");
  from (BYTES (0x7f));
  EXPECT (read_s32 (&r) == -1, "s32 -1");
  from (BYTES (0x80, 0x80, 0x80, 0x80, 0x78));
  EXPECT (read_s32 (&r) == INT32_MIN && r.error == NULL, "s32 min");
  from (BYTES (0x80, 0x80, 0x80, 0x80, 0x08));
  read_s32 (&r);
  EXPECT (r.error != NULL, "s32 with bits beyond its sign");
  from (BYTES (0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f));
  EXPECT (read_s64 (&r) == INT64_MIN && r.error == NULL, "s64 min");
  from (BYTES (0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01));
  read_s64 (&r);
  EXPECT (r.error != NULL, "s64 with the 65th bit set");
  from (BYTES (0x80));
  read_u32 (&r);
  EXPECT (r.error && strcmp (r.error, "unexpected end") == 0, "end inside a LEB");
  EXPECT (read_u8 (&r) == 0, "reads after an error give 0");
  uint32_t size;
  from (BYTES (0x03, 0xe2, 0x82, 0xac));
  EXPECT (read_name (&r, &size) != NULL && size == 3, "the euro sign");
  from (BYTES (0x02, 0xc0, 0x80));
  EXPECT (read_name (&r, &size) == NULL, "an overlong NUL");
  from (BYTES (0x03, 0xed, 0xa0, 0x80));
  EXPECT (read_name (&r, &size) == NULL, "a surrogate");
  from (BYTES (0x05, 0x00));
  EXPECT (read_count (&r) == 0 && r.error != NULL, "a count beyond the end");

  /* A refused function is named, with the offset of the problem. */
  static const uint8_t bad[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
                                 1, 5, 1, 0x60, 0, 1, 0x7f,        /* [] -> [i32] */
                                 3, 3, 2, 0, 0,                    /* two functions */
                                 10, 10, 2, 4, 0, 0x41, 0x0b, 0x0b, /* i32.const 11 */
                                 3, 0, 0x01, 0x0b };               /* nop: nothing */
  struct wasm_error error;
  EXPECT (wasm_module_load (&counting_allocator, bad, sizeof bad, &error) == NULL,
          "bad module accepted");
  EXPECT (strcmp (error.message, "function 1 at offset 0x20: type mismatch") == 0,
          "message: %s", error.message);
  EXPECT (live_blocks () == 0, "%zu blocks leaked", live_blocks ());
}
