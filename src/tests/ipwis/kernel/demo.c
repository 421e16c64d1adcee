/* What `make run` shows in the ipwis phase: the pieces of the IPWIS task
   layer that the kernel has so far, each doing one small thing. */
#include "tests/ipwis/kernel/tests.h"
#include "threads/fpu.h"

void
test_demo (void)
{
  msg ("FPU for the WASM engine: %s", fpu_available () ? "on (SSE2, saved per thread)" : "off");
}
