/* Safe access to the memory of the running user process. */
#ifndef USERPROG_UACCESS_H
#define USERPROG_UACCESS_H

#ifdef SOLUTION_USERPROG
#include <stdbool.h>
#include <stddef.h>

bool uaccess_check (const void *ubuf, size_t size, bool writable);
void *uaccess_translate (const void *uaddr, bool writable);
typedef size_t uaccess_move_func (void *kbuf, size_t length, void *aux);
size_t uaccess_move (const void *ubuf, size_t size, bool writable,
                     uaccess_move_func *, void *aux);
bool uaccess_copy_in (void *dst, const void *usrc, size_t size);
bool uaccess_copy_out (void *udst, const void *src, size_t size);
int uaccess_copy_string (char *dst, const char *ustr, size_t size);
#ifdef SOLUTION_VM
void uaccess_release (const void *uaddr);
#endif
#endif

#endif /* userprog/uaccess.h */
