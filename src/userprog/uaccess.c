/* Safe access to user memory.

   A system call's arguments are addresses chosen by the user program:
   NULL, a kernel address, an unmapped page, a buffer that starts in a
   good page and runs into a bad one. The kernel must never dereference
   such a pointer as it is, or the user could crash it or make it read
   its own secrets.

   Skiff checks before it touches: every user address is looked up in the
   process's page directory, and the kernel then reads or writes the byte
   through the kernel's own mapping of the physical page (pagedir_get_page
   gives that address). So a bad pointer is noticed as a lookup that
   fails, never as a page fault, and any page fault in kernel code stays
   a kernel bug.

   The translation stays valid for the whole system call because in this
   phase a process has a single thread and nothing else changes its page
   directory. (Phase 3, with pages that come and go, must revisit this.)

   With virtual memory (phase 3), a page may be valid without being in
   memory. Translating a user address then brings its page in and pins
   it, so that no eviction takes it while the kernel uses it, until
   uaccess_release (). That is also why no system call ever page-faults,
   and in particular never while it holds the file system's lock. */
#ifdef SOLUTION_USERPROG
#include "userprog/uaccess.h"
#include <stdint.h>
#include <string.h>
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/pagedir.h"
#ifdef SOLUTION_VM
#ifdef VM
#include "vm/page.h"
#endif
#endif

/* Returns the kernel address of user address UADDR in the current
   process, or NULL if it is not mapped (or, when WRITABLE, not mapped
   writable: the kernel must not write where the user could not). */
void *
uaccess_translate (const void *uaddr, bool writable)
{
#ifdef SOLUTION_VM
#ifdef VM
  return page_pin (uaddr, writable);
#endif
#endif
  uint32_t *pd = thread_current ()->pagedir;
  if (pd == NULL || (writable && !pagedir_is_writable (pd, pg_round_down (uaddr))))
    return NULL;
  return pagedir_get_page (pd, uaddr);
}

#ifdef SOLUTION_VM
/* Lets go of the page of UADDR, which uaccess_translate () gave. */
void
uaccess_release (const void *uaddr UNUSED)
{
#ifdef VM
  page_unpin (uaddr);
#endif
}
#endif

/* Is the page of UADDR the process's memory, writable if WRITABLE? */
static bool
is_usable (const void *uaddr, bool writable)
{
#ifdef SOLUTION_VM
#ifdef VM
  /* Loaded or not: checking must not bring pages in. */
  return page_is_valid (uaddr, writable);
#endif
#endif
  return uaccess_translate (uaddr, writable) != NULL;
}

/* Returns true if all SIZE bytes at UBUF are mapped user memory,
   writable ones if WRITABLE. Checking one byte per page is enough. */
bool
uaccess_check (const void *ubuf, size_t size, bool writable)
{
  uintptr_t start = (uintptr_t) ubuf;
  if (size == 0)
    return true;
  if (start + size < start)
    return false;                       /* Wraps past 4 GB. */
  for (uintptr_t page = start & ~(uintptr_t) PGMASK; page < start + size;
       page += PGSIZE)
    if (!is_usable ((void *) page, writable))
      return false;
  return true;
}

/* Moves the SIZE bytes of the user buffer UBUF (into it if WRITABLE, out
   of it if not) piece by piece: each piece lies within one user page, so
   it is contiguous at its kernel address KBUF, and MOVE (KBUF, LENGTH,
   AUX) moves it, returning how many bytes it moved. Stops at a page that
   is not mapped so, or after a piece that MOVE moved only part of (an end
   of file, say). Returns the bytes moved in all. */
size_t
uaccess_move (const void *ubuf, size_t size, bool writable,
              uaccess_move_func *move, void *aux)
{
  const uint8_t *u = ubuf;
  size_t done = 0;
  while (done < size)
    {
      size_t length = PGSIZE - pg_ofs (u + done);
      if (length > size - done)
        length = size - done;
      void *kbuf = uaccess_translate (u + done, writable);
      if (kbuf == NULL)
        break;
      size_t moved = move (kbuf, length, aux);
#ifdef SOLUTION_VM
      uaccess_release (u + done);
#endif
      done += moved;
      if (moved < length)
        break;
    }
  return done;
}

/* A uaccess_move_func: copies LENGTH bytes from KBUF to *CURSOR, a kernel
   address, and advances *CURSOR. */
static size_t
copy_to_cursor (void *kbuf, size_t length, void *cursor)
{
  uint8_t **dst = cursor;
  memcpy (*dst, kbuf, length);
  *dst += length;
  return length;
}

/* Copies SIZE bytes from user address USRC to kernel buffer DST. Returns
   false, having copied only part, if some byte is not mapped. */
bool
uaccess_copy_in (void *dst, const void *usrc, size_t size)
{
  uint8_t *cursor = dst;
  return uaccess_move (usrc, size, false, copy_to_cursor, &cursor) == size;
}

/* A uaccess_move_func: copies LENGTH bytes from *CURSOR, a kernel
   address, to KBUF, and advances *CURSOR. */
static size_t
copy_from_cursor (void *kbuf, size_t length, void *cursor)
{
  const uint8_t **src = cursor;
  memcpy (kbuf, *src, length);
  *src += length;
  return length;
}

/* Copies SIZE bytes from kernel buffer SRC to user address UDST. Returns
   false, having copied only part, if some byte is not mapped writable. */
bool
uaccess_copy_out (void *udst, const void *src, size_t size)
{
  const uint8_t *cursor = src;
  return uaccess_move (udst, size, true, copy_from_cursor, &cursor) == size;
}

/* Copies the string at user address USTR into the SIZE-byte kernel
   buffer DST. Returns its length; or SIZE if it does not fit, DST then
   holding its first SIZE - 1 bytes; or -1 if it runs into unmapped
   memory before its end. */
int
uaccess_copy_string (char *dst, const char *ustr, size_t size)
{
  ASSERT (size > 0);
  for (size_t i = 0; i < size; i++)
    {
      const char *k = uaccess_translate (ustr + i, false);
      if (k == NULL)
        return -1;
      dst[i] = *k;
#ifdef SOLUTION_VM
      uaccess_release (ustr + i);
#endif
      if (dst[i] == '\0')
        return i;
    }
  dst[size - 1] = '\0';
  return size;
}
#endif
