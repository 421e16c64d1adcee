/* Loading an ELF executable into a new address space. */
#ifndef USERPROG_LOADER_H
#define USERPROG_LOADER_H

#include <stdbool.h>
#include <stdint.h>

struct file;

bool loader_load (const char *name, struct file *, uint32_t *pd,
                  void **entry);

#endif /* userprog/loader.h */
