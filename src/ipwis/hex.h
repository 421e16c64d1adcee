/* Hex digits, as keys and signatures are written on command lines and in
   dependency trees. */
#ifndef IPWIS_HEX_H
#define IPWIS_HEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

int hex_digit_value (char);
bool hex_decode (const char *hex, size_t length, uint8_t *bytes);

#endif /* ipwis/hex.h */
