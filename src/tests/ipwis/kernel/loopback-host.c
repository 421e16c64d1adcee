/* The stand-in host of loopback-host.h. */
#ifdef SOLUTION_IPWIS
#include "tests/ipwis/kernel/loopback-host.h"
#include "tests/ipwis/kernel/tests.h"
#include "devices/com2.h"
#include "ipwis/ipiis.h"
#include "ipwis/ipiis-outside.h"

/* Reads the next outside call that comes round the loopback, answers it
   by ANSWER, and hands the answer, byte by byte as it comes round, to
   the daemon's decoder, as the daemon would. */
void
loopback_host_answer (loopback_answer *answer)
{
  static struct ipiis_decoder host;
  static struct ipiis_frame call, reply, echoed;
  static uint8_t wire[IPIIS_MAX_WIRE];
  ipiis_decoder_init (&host);
  while (!ipiis_decode_byte (&host, com2_getc (), &call))
    continue;
  int n = answer (&call, reply.payload, IPIIS_MAX_PAYLOAD);
  reply.type = n < 0 ? IPIIS_ERROR : IPIIS_OUTSIDE | IPIIS_REPLY;
  reply.sequence = call.sequence;
  reply.length = n < 0 ? 0 : n;
  size_t size = ipiis_encode (&reply, wire);
  for (size_t i = 0; i < size; i++)
    {
      com2_write (&wire[i], 1);
      if (ipiis_receive_byte (com2_getc (), &echoed) && !ipiis_outside_answered (&echoed))
        fail ("the daemon did not take the host's answer");
    }
}
#endif /* SOLUTION_IPWIS */
