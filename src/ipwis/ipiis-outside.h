/* Tasks' calls to the world outside the kernel (ipwis.ipiis_call) and
   the program schemes `ipiis:' and `ipsis:'. A call goes to the storage
   module if it is loaded and serves it, else to the host over IPIIS. */
#ifdef SOLUTION_IPWIS
#ifndef IPWIS_IPIIS_OUTSIDE_H
#define IPWIS_IPIIS_OUTSIDE_H

#include <stdbool.h>
#include "ipwis/ipiis-frame.h"

void ipiis_outside_start (void);
bool ipiis_outside_answered (const struct ipiis_frame *);
int ipiis_outside_call (void *aux, const uint8_t *request, size_t size, uint8_t *reply,
                        size_t reply_size);

#endif /* ipwis/ipiis-outside.h */
#endif /* SOLUTION_IPWIS */
