/* A stand-in host for kernel tests of the door out (ipiis-outside.c):
   with COM2 in loopback, a task's outside call comes back round to the
   test, which answers it as the host would and feeds the answer round
   again to the daemon's side. */
#ifdef SOLUTION_IPWIS
#ifndef TESTS_IPWIS_KERNEL_LOOPBACK_HOST_H
#define TESTS_IPWIS_KERNEL_LOOPBACK_HOST_H

#include <stddef.h>
#include <stdint.h>
#include "ipwis/ipiis-frame.h"

/* Writes the answer to CALL into REPLY (SIZE bytes); its length, or -1
   to refuse it. */
typedef int loopback_answer (const struct ipiis_frame *call, uint8_t *reply, size_t size);

void loopback_host_answer (loopback_answer *);

#endif /* tests/ipwis/kernel/loopback-host.h */
#endif /* SOLUTION_IPWIS */
