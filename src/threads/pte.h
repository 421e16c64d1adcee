/* The x86 two-level page table format (Intel SDM vol. 3, 4.3): a 32-bit
   virtual address is 10 bits of page-directory index, 10 bits of page-table
   index and 12 bits of offset. Entries hold a physical frame address in
   their top 20 bits and flags in the low 12. */
#ifndef THREADS_PTE_H
#define THREADS_PTE_H

#include "threads/vaddr.h"

#define PTSHIFT PGBITS                  /* First bit of the page-table index. */
#define PTBITS 10
#define PTMASK (((1u << PTBITS) - 1) << PTSHIFT)
#define PDSHIFT (PTSHIFT + PTBITS)      /* First bit of the directory index. */
#define PDBITS 10
#define PDMASK (((1u << PDBITS) - 1) << PDSHIFT)

static inline unsigned pt_no (const void *va) { return ((uintptr_t) va & PTMASK) >> PTSHIFT; }
static inline uintptr_t pd_no (const void *va) { return (uintptr_t) va >> PDSHIFT; }

#define PTE_FLAGS 0x00000fff
#define PTE_ADDR  0xfffff000
#define PTE_P 0x1                       /* Present. */
#define PTE_W 0x2                       /* Writable. */
#define PTE_U 0x4                       /* User (ring 3) may access. */
#define PTE_A 0x20                      /* Accessed, set by the CPU. */
#define PTE_D 0x40                      /* Dirty, set by the CPU on write. */
#define PDE_PS 0x80                     /* Directory entry maps a 4 MB page. */

/* A directory entry pointing at page table PT; the page-table entries
   decide what each page allows, so the directory allows everything. */
static inline uint32_t pde_create (uint32_t *pt)
{
  ASSERT (pg_ofs (pt) == 0);
  return vtop (pt) | PTE_U | PTE_P | PTE_W;
}

static inline uint32_t *pde_get_pt (uint32_t pde)
{
  ASSERT (pde & PTE_P);
  return ptov (pde & PTE_ADDR);
}

/* An entry mapping kernel page PAGE, read-only unless WRITABLE. */
static inline uint32_t pte_create_kernel (void *page, bool writable)
{
  ASSERT (pg_ofs (page) == 0);
  return vtop (page) | PTE_P | (writable ? PTE_W : 0);
}

/* The same, but also accessible from user mode. */
static inline uint32_t pte_create_user (void *page, bool writable)
{
  return pte_create_kernel (page, writable) | PTE_U;
}

static inline void *pte_get_page (uint32_t pte) { return ptov (pte & PTE_ADDR); }

#endif /* threads/pte.h */
