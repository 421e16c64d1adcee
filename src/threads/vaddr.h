/* Virtual addresses: pages, and the line between user and kernel space.
   All physical memory is mapped starting at PHYS_BASE, so the kernel turns
   a physical address into a pointer by adding PHYS_BASE (ptov) and back
   (vtop). User programs own everything below PHYS_BASE. */
#ifndef THREADS_VADDR_H
#define THREADS_VADDR_H

#include <debug.h>
#include <stdbool.h>
#include <stdint.h>

#define PGBITS 12                       /* Bits of offset within a page. */
#define PGSIZE (1u << PGBITS)           /* Bytes in a page: 4096. */
#define PGMASK (PGSIZE - 1)             /* Mask of the offset bits. */

static inline unsigned pg_ofs (const void *va) { return (uintptr_t) va & PGMASK; }
static inline uintptr_t pg_no (const void *va) { return (uintptr_t) va >> PGBITS; }
static inline void *pg_round_down (const void *va)
{ return (void *) ((uintptr_t) va & ~(uintptr_t) PGMASK); }
static inline void *pg_round_up (const void *va)
{ return (void *) (((uintptr_t) va + PGMASK) & ~(uintptr_t) PGMASK); }

#define PHYS_BASE ((void *) 0xc0000000)

static inline bool is_user_vaddr (const void *va) { return va < PHYS_BASE; }
static inline bool is_kernel_vaddr (const void *va) { return va >= PHYS_BASE; }

/* Kernel virtual address of physical address PADDR. */
static inline void *ptov (uintptr_t paddr)
{
  ASSERT ((void *) paddr < PHYS_BASE);
  return (void *) (paddr + (uintptr_t) PHYS_BASE);
}

/* Physical address of kernel virtual address VADDR. */
static inline uintptr_t vtop (const void *vaddr)
{
  ASSERT (is_kernel_vaddr (vaddr));
  return (uintptr_t) vaddr - (uintptr_t) PHYS_BASE;
}

#endif /* threads/vaddr.h */
