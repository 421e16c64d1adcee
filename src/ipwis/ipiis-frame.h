/* IPIIS frames: how messages cross the serial line between the kernel and
   the host. A frame is a body between two END bytes, with END and ESC
   bytes inside escaped (as SLIP does), so a receiver that lost its place
   finds the next frame at the next END. The body carries a version, a
   type, a sequence number, a length and a payload, and ends with a CRC-32
   of everything before it. The layout is in doc/ipwis.md.

   A frame that fails any check is dropped and counted; nothing a sender
   puts on the line can do more. Freestanding: it builds into the kernel
   and into the host tests, and src/utils/skiff-ipwis speaks the same. */
#ifndef IPWIS_IPIIS_FRAME_H
#define IPWIS_IPIIS_FRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define IPIIS_VERSION 1
#define IPIIS_END 0xc0
#define IPIIS_ESC 0xdb
#define IPIIS_ESC_END 0xdc
#define IPIIS_ESC_ESC 0xdd

#define IPIIS_MAX_PAYLOAD 1024
#define IPIIS_HEADER_SIZE 5     /* Version, type, sequence, length. */
#define IPIIS_CRC_SIZE 4
#define IPIIS_MAX_BODY (IPIIS_HEADER_SIZE + IPIIS_MAX_PAYLOAD + IPIIS_CRC_SIZE)
/* Every body byte escaped, and the two ENDs. */
#define IPIIS_MAX_WIRE (2 * IPIIS_MAX_BODY + 2)

struct ipiis_frame
  {
    uint8_t type;
    uint8_t sequence;           /* A reply carries its request's. */
    uint16_t length;            /* Bytes of payload. */
    uint8_t payload[IPIIS_MAX_PAYLOAD];
  };

/* Writes FRAME as it goes on the line into WIRE; returns its size. */
size_t ipiis_encode (const struct ipiis_frame *, uint8_t wire[IPIIS_MAX_WIRE]);

/* Reads frames out of the bytes of a line, one byte at a time. */
struct ipiis_decoder
  {
    uint8_t body[IPIIS_MAX_BODY];
    size_t used;                /* Bytes of body so far. */
    bool escaped;               /* The last byte was ESC. */
    bool broken;                /* This frame is bad: drop it at its END. */
    unsigned frames;            /* Good frames read. */
    unsigned dropped;           /* Frames dropped as corrupt. */
  };

void ipiis_decoder_init (struct ipiis_decoder *);
bool ipiis_decode_byte (struct ipiis_decoder *, uint8_t byte, struct ipiis_frame *);

#endif /* ipwis/ipiis-frame.h */
