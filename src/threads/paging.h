/* The kernel's page directory, which maps all of physical memory at
   PHYS_BASE and is the template for every process's kernel half. */
#ifndef THREADS_PAGING_H
#define THREADS_PAGING_H

#include <stdint.h>

extern uint32_t *kernel_pagedir;

void paging_init (void);
void paging_activate (uint32_t *pagedir);

#endif /* threads/paging.h */
