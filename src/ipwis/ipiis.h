/* The kernel's end of IPIIS: a daemon on COM2 that reads frames, answers
   each, and carries the owner's kernel-mode commands. The messages are in
   doc/ipwis.md. */
#ifndef IPWIS_IPIIS_H
#define IPWIS_IPIIS_H

#include <stdbool.h>
#include "ipwis/ipiis-frame.h"

/* Message types; a reply's type is its request's with IPIIS_REPLY set. */
enum ipiis_type
  {
    IPIIS_ECHO = 0x01,          /* Payload comes back as it went. */
    IPIIS_STATS = 0x02,         /* The link's counters, as text. */
    IPIIS_NONCE = 0x03,         /* A fresh nonce for one kernel-mode command. */
    IPIIS_KERNEL = 0x04,        /* nonce, MAC, "status" or "halt". */
    IPIIS_RESOURCES = 0x05,     /* What a new task could get here, as text. */
    IPIIS_REPLY = 0x80,
    IPIIS_ERROR = 0xff          /* Payload: why the request was refused. */
  };

bool ipiis_set_owner_key (const char *hex);
void ipiis_init (void);
bool ipiis_receive_byte (uint8_t byte, struct ipiis_frame *request);
bool ipiis_handle (const struct ipiis_frame *request, struct ipiis_frame *reply);
void ipiis_serve (void) __attribute__ ((noreturn));

#endif /* ipwis/ipiis.h */
