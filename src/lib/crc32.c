/* CRC-32 (the IEEE 802.3 polynomial, bit-reflected: 0xedb88320), a bit at
   a time: frames are short, and a table would be 1 kB of kernel. */
#include <crc32.h>

#define POLYNOMIAL 0xedb88320u

uint32_t
crc32_update (uint32_t crc, const void *data, size_t size)
{
  const uint8_t *p = data;
  crc = ~crc;
  for (size_t i = 0; i < size; i++)
    {
      crc ^= p[i];
      for (int bit = 0; bit < 8; bit++)
        crc = (crc >> 1) ^ (POLYNOMIAL & -(crc & 1));
    }
  return ~crc;
}
