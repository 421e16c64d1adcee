/* Swap: page-sized slots on the swap disk, where pages that have no
   other home wait while their frame is used for something else. */
#ifdef SOLUTION_VM
#ifndef VM_SWAP_H
#define VM_SWAP_H

#include <stddef.h>

/* A slot number that names no slot. */
#define SWAP_NONE ((size_t) -1)

void swap_init (void);
size_t swap_alloc (void);
void swap_write (size_t slot, const void *kpage);
void swap_read (size_t slot, void *kpage);
void swap_free (size_t slot);
size_t swap_slot_count (void);
size_t swap_used (void);

#endif /* vm/swap.h */
#endif /* SOLUTION_VM */
