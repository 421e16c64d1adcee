/* Builds and loads the global descriptor table. Skiff uses segmentation
   only because x86 requires it: every code and data segment covers all
   4 GB, and privilege comes from the selectors' ring, not from limits. */
#include "threads/gdt.h"
#include <debug.h>
#include <stdbool.h>
#include <stdint.h>

static uint64_t gdt[SEL_CNT];

/* Descriptor fields (Intel SDM vol. 3, 3.4.5): base and limit spread
   across the entry, a 4-bit type, and S, DPL, P, D/B and G flags. */
static uint64_t
make_descriptor (uint32_t base, uint32_t limit, int type,
                                 int dpl, bool code_or_data, bool pages)
{
  uint32_t low = (limit & 0xffff) | (base << 16);
  uint32_t high = ((base >> 16) & 0xff)
                  | (type << 8)
                  | ((code_or_data ? 1 : 0) << 12)
                  | (dpl << 13)
                  | (1 << 15)                       /* Present. */
                  | (limit & 0xf0000)
                  | ((code_or_data ? 1 : 0) << 22)  /* 32-bit segment. */
                  | ((pages ? 1 : 0) << 23)         /* Limit in 4 kB units. */
                  | (base & 0xff000000);
  return low | ((uint64_t) high << 32);
}

#define TYPE_CODE 0xa           /* Execute/read. */
#define TYPE_DATA 0x2           /* Read/write. */
#define TYPE_TSS  0x9           /* 32-bit TSS, not busy. */

void
gdt_init (void)
{
  gdt[SEL_KCSEG / 8] = make_descriptor (0, 0xfffff, TYPE_CODE, 0, true, true);
  gdt[SEL_KDSEG / 8] = make_descriptor (0, 0xfffff, TYPE_DATA, 0, true, true);
  gdt[SEL_UCSEG / 8] = make_descriptor (0, 0xfffff, TYPE_CODE, 3, true, true);
  gdt[SEL_UDSEG / 8] = make_descriptor (0, 0xfffff, TYPE_DATA, 3, true, true);

  struct { uint16_t limit; uint32_t base; } __attribute__ ((packed)) gdtr
    = { sizeof gdt - 1, (uint32_t) gdt };
  asm volatile ("lgdt %0" : : "m" (gdtr));
  /* Reload every segment register so none keeps the loader's segments. */
  asm volatile ("ljmp %0, $1f\n1:" : : "i" (SEL_KCSEG));
  asm volatile ("movw %w0, %%ds; movw %w0, %%es; movw %w0, %%ss;"
                "movw %w0, %%fs; movw %w0, %%gs" : : "r" (SEL_KDSEG));
}

/* Installs the task-state segment; the caller loads it with ltr. */
void
gdt_set_tss (void *tss, size_t size)
{
  ASSERT (size > 0);
  gdt[SEL_TSS / 8] = make_descriptor ((uint32_t) tss, size - 1, TYPE_TSS,
                                      0, false, false);
}
