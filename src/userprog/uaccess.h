/* Safe access to the memory of the running user process. */
#ifndef USERPROG_UACCESS_H
#define USERPROG_UACCESS_H

#ifdef SOLUTION_USERPROG
#include <stdbool.h>
#include <stddef.h>

bool uaccess_check (const void *ubuf, size_t size, bool writable);
void *uaccess_translate (const void *uaddr, bool writable);
bool uaccess_copy_in (void *dst, const void *usrc, size_t size);
int uaccess_copy_string (char *dst, const char *ustr, size_t size);
#ifdef SOLUTION_VM
void uaccess_release (const void *uaddr);
#endif
#endif

#endif /* userprog/uaccess.h */
