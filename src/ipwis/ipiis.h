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
#ifdef SOLUTION_IPWIS
    IPIIS_SUBMIT = 0x06,        /* A piece of a tree's text; the last gets the id. */
    IPIIS_POLL = 0x07,          /* A task id: its state, penalties, outputs. */
    IPIIS_WATCH = 0x08,         /* Push an event for every state change. */
    IPIIS_CANCEL = 0x09,        /* A task id: end it, no penalty. */
    IPIIS_EVENT = 0x0a,         /* Pushed by the kernel: a task's new state. */
    IPIIS_OUTSIDE = 0x0b,       /* Sent by the kernel: a task's call to the host. */
#endif
    IPIIS_REPLY = 0x80,
    IPIIS_ERROR = 0xff          /* Payload: why the request was refused. */
  };

bool ipiis_set_owner_key (const char *hex);
void ipiis_init (void);
bool ipiis_receive_byte (uint8_t byte, struct ipiis_frame *request);
bool ipiis_handle (const struct ipiis_frame *request, struct ipiis_frame *reply);
void ipiis_serve (void) __attribute__ ((noreturn));
#ifdef SOLUTION_IPWIS
void ipiis_send (const struct ipiis_frame *);
#endif

#endif /* ipwis/ipiis.h */
