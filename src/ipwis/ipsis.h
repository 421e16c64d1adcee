/* IPSIS, the storage module: loaded at boot (-ipsis), it serves tasks'
   `read' and `write' calls from Skiff's own file system, in the kernel,
   instead of sending them over IPIIS to the host. */
#ifdef SOLUTION_IPWIS
#ifndef IPWIS_IPSIS_H
#define IPWIS_IPSIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void ipsis_load (void);
bool ipsis_loaded (void);
bool ipsis_serves (const uint8_t *request, size_t size);
int ipsis_call (void *aux, const uint8_t *request, size_t size, uint8_t *reply,
                size_t reply_size);

#endif /* ipwis/ipsis.h */
#endif /* SOLUTION_IPWIS */
