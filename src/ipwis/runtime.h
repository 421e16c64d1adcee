/* The runtime's messages over IPIIS: what a caller outside the kernel
   asks of the task layer (submit a tree, poll a task, watch state
   changes, cancel) and the events pushed back. Freestanding: it speaks
   only frames and task.h, so the host tests drive it with a stand-in
   task layer; the daemon (ipiis.c) owns the line. */
#ifdef SOLUTION_IPWIS
#ifndef IPWIS_RUNTIME_H
#define IPWIS_RUNTIME_H

#include <stdbool.h>
#include "ipwis/ipiis-frame.h"
#include "ipwis/task.h"

/* A submit's first payload byte: more pieces follow, or this is the last. */
#define RUNTIME_PIECE_MORE 0
#define RUNTIME_PIECE_LAST 1

void runtime_init (void);
bool runtime_handle (const struct ipiis_frame *request, struct ipiis_frame *reply);
bool runtime_watching (void);
void runtime_event_frame (task_id, enum task_state, const char *detail,
                          struct ipiis_frame *event);
bool runtime_parse_id (const uint8_t *text, size_t length, task_id *id);
bool runtime_read_poll (const char *text, struct task_info *info);

#endif /* ipwis/runtime.h */
#endif /* SOLUTION_IPWIS */
