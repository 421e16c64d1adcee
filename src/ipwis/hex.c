/* Reading hex digits (see hex.h). */
#include "ipwis/hex.h"

/* The value of hex digit C, either case, or -1. */
int
hex_digit_value (char c)
{
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decodes the LENGTH hex digits at HEX, an even number, into LENGTH / 2
   BYTES. Returns false at a character that is not a hex digit. */
bool
hex_decode (const char *hex, size_t length, uint8_t *bytes)
{
  if (length % 2 != 0)
    return false;
  for (size_t i = 0; i < length / 2; i++)
    {
      int high = hex_digit_value (hex[2 * i]), low = hex_digit_value (hex[2 * i + 1]);
      if (high < 0 || low < 0)
        return false;
      bytes[i] = high << 4 | low;
    }
  return true;
}
