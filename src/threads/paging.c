/* Replaces start.S's boot page directory (4 MB pages, and a mapping of
   low memory at address 0 that would hide null-pointer bugs) with the
   kernel's real one: 4 kB pages for all of RAM at PHYS_BASE, nothing at 0,
   and the kernel's code and read-only data mapped read-only, so that a
   stray write into them faults instead of corrupting the kernel. */
#include "threads/paging.h"
#include <debug.h>
#include "threads/init.h"
#include "threads/palloc.h"
#include "threads/pte.h"
#include "threads/vaddr.h"

uint32_t *kernel_pagedir;

void
paging_init (void)
{
  extern char _kernel_start, _kernel_readonly_end;
  kernel_pagedir = palloc_get_page (PAL_ASSERT | PAL_ZERO);

  uint32_t *pt = NULL;
  for (size_t page = 0; page < ram_pages; page++)
    {
      uint8_t *va = ptov (page * PGSIZE);
      if (pt_no (va) == 0)
        {
          pt = palloc_get_page (PAL_ASSERT | PAL_ZERO);
          kernel_pagedir[pd_no (va)] = pde_create (pt);
        }
      bool readonly = va >= (uint8_t *) &_kernel_start && va < (uint8_t *) &_kernel_readonly_end;
      pt[pt_no (va)] = pte_create_kernel (va, !readonly);
    }
  paging_activate (NULL);
}

/* Loads PAGEDIR, or the kernel's own directory if it is NULL, into CR3,
   which also flushes the TLB. */
void
paging_activate (uint32_t *pagedir)
{
  if (pagedir == NULL)
    pagedir = kernel_pagedir;
  asm volatile ("movl %0, %%cr3" : : "r" (vtop (pagedir)) : "memory");
}
