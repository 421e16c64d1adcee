/* Page directories of user processes.

   An x86 page directory is one page of 1024 entries; entry i covers the
   4 MB of virtual memory starting at i << 22 and points at a page table,
   another page of 1024 entries, each mapping one 4 kB page.

   Every process has its own directory. The entries for user addresses
   (below PHYS_BASE) are the process's own; the entries for kernel
   addresses are copied from kernel_pagedir, so that the kernel stays
   mapped, at the same place, whichever process is running. The kernel's
   page tables are shared and never freed here.

   The user pages a directory maps belong to it: pagedir_destroy frees
   them, so a process gives back its whole address space in one call. */
#include "userprog/pagedir.h"
#include <string.h>
#include "threads/paging.h"
#include "threads/palloc.h"
#include "threads/pte.h"
#include "threads/vaddr.h"

/* Entries per page directory or page table. */
#define ENTRIES (PGSIZE / sizeof (uint32_t))

/* Returns a new page directory that maps the kernel and no user page,
   or NULL if no page is left. */
uint32_t *
pagedir_create (void)
{
  uint32_t *pd = palloc_get_page (0);
  if (pd == NULL)
    return NULL;

  size_t first_kernel_pde = pd_no (PHYS_BASE);
  memset (pd, 0, first_kernel_pde * sizeof *pd);
  memcpy (pd + first_kernel_pde, kernel_pagedir + first_kernel_pde,
          (ENTRIES - first_kernel_pde) * sizeof *pd);
  return pd;
}

/* Returns the page directory the CPU is using now. */
static uint32_t *
active_pagedir (void)
{
  uintptr_t cr3;
  asm volatile ("movl %%cr3, %0" : "=r" (cr3));
  return ptov (cr3);
}

/* Frees PD, its user page tables and every user page they map. */
void
pagedir_destroy (uint32_t *pd)
{
  if (pd == NULL)
    return;
  /* A dying process frees its own directory while the CPU still uses it:
     move to the kernel's before PD's pages can be handed out again. */
  if (pd == active_pagedir ())
    paging_activate (NULL);

  for (size_t pde = 0; pde < pd_no (PHYS_BASE); pde++)
    if (pd[pde] & PTE_P)
      {
        uint32_t *pt = pde_get_pt (pd[pde]);
        for (size_t pte = 0; pte < ENTRIES; pte++)
          if (pt[pte] & PTE_P)
            palloc_free_page (pte_get_page (pt[pte]));
        palloc_free_page (pt);
      }
  palloc_free_page (pd);
}

/* Returns the address of the page-table entry for user address UADDR in
   PD. If there is no page table for it yet, creates one when CREATE is
   true and returns NULL otherwise (or when no page is left). */
static uint32_t *
lookup_pte (uint32_t *pd, const void *uaddr, bool create)
{
  ASSERT (is_user_vaddr (uaddr));

  uint32_t *pde = pd + pd_no (uaddr);
  if (!(*pde & PTE_P))
    {
      if (!create)
        return NULL;
      uint32_t *pt = palloc_get_page (PAL_ZERO);
      if (pt == NULL)
        return NULL;
      *pde = pde_create (pt);
    }
  return pde_get_pt (*pde) + pt_no (uaddr);
}

/* Maps user page UPAGE to the physical page whose kernel address is KPAGE,
   read-only unless WRITABLE. From now on PD owns KPAGE. UPAGE must not be
   mapped yet. Returns false, changing nothing, if a page table was
   needed and no page is left. */
bool
pagedir_set_page (uint32_t *pd, void *upage, void *kpage, bool writable)
{
  ASSERT (pg_ofs (upage) == 0 && pg_ofs (kpage) == 0);
  ASSERT (is_kernel_vaddr (kpage));

  uint32_t *pte = lookup_pte (pd, upage, true);
  if (pte == NULL)
    return false;
  ASSERT (!(*pte & PTE_P));
  *pte = pte_create_user (kpage, writable);
  return true;
}

/* Returns the kernel address of the byte that user address UADDR maps to
   in PD, or NULL if UADDR is not a mapped user address. This is how the
   kernel reaches user memory without ever faulting on it. */
void *
pagedir_get_page (uint32_t *pd, const void *uaddr)
{
  if (!is_user_vaddr (uaddr))
    return NULL;
  uint32_t *pte = lookup_pte (pd, uaddr, false);
  if (pte == NULL || !(*pte & PTE_P))
    return NULL;
  return (uint8_t *) pte_get_page (*pte) + pg_ofs (uaddr);
}

/* Returns true if user page UPAGE is mapped writable in PD. */
bool
pagedir_is_writable (uint32_t *pd, const void *upage)
{
  if (!is_user_vaddr (upage))
    return false;
  uint32_t *pte = lookup_pte (pd, upage, false);
  return pte != NULL && (*pte & PTE_P) && (*pte & PTE_W);
}

/* Drops the TLB's copy of the mapping of UPAGE if PD is in use: the CPU
   caches translations and would not see a changed entry otherwise. */
static void
invalidate (uint32_t *pd, const void *upage)
{
  if (pd == active_pagedir ())
    asm volatile ("invlpg (%0)" : : "r" (upage) : "memory");
}

/* Unmaps UPAGE from PD, so that a later access to it faults. The physical
   page is not freed: it goes back to whoever unmaps it. */
void
pagedir_clear_page (uint32_t *pd, void *upage)
{
  ASSERT (pg_ofs (upage) == 0);
  uint32_t *pte = lookup_pte (pd, upage, false);
  if (pte != NULL && (*pte & PTE_P))
    {
      *pte &= ~PTE_P;
      invalidate (pd, upage);
    }
}

/* Returns true if the CPU set FLAG (PTE_D or PTE_A) in the entry of
   UPAGE in PD. */
static bool
get_flag (uint32_t *pd, const void *upage, uint32_t flag)
{
  uint32_t *pte = lookup_pte (pd, upage, false);
  return pte != NULL && (*pte & flag) != 0;
}

/* Sets or clears FLAG in the entry of UPAGE in PD, if it has one. */
static void
set_flag (uint32_t *pd, const void *upage, uint32_t flag, bool value)
{
  uint32_t *pte = lookup_pte (pd, upage, false);
  if (pte == NULL)
    return;
  if (value)
    *pte |= flag;
  else
    {
      *pte &= ~flag;
      /* A TLB entry that still says "dirty" would let the CPU skip
         setting the bit again on the next write. */
      invalidate (pd, upage);
    }
}

/* The dirty bit: the CPU sets it when the page is written. */
bool
pagedir_is_dirty (uint32_t *pd, const void *upage)
{
  return get_flag (pd, upage, PTE_D);
}

void
pagedir_set_dirty (uint32_t *pd, const void *upage, bool dirty)
{
  set_flag (pd, upage, PTE_D, dirty);
}

/* The accessed bit: the CPU sets it when the page is read or written. */
bool
pagedir_is_accessed (uint32_t *pd, const void *upage)
{
  return get_flag (pd, upage, PTE_A);
}

void
pagedir_set_accessed (uint32_t *pd, const void *upage, bool accessed)
{
  set_flag (pd, upage, PTE_A, accessed);
}

/* Makes the CPU translate addresses through PD (the kernel's when PD is
   NULL). */
void
pagedir_activate (uint32_t *pd)
{
  paging_activate (pd);
}
