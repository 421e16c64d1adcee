/* Memory-mapped files.

   mmap (fd, addr) makes the pages from ADDR on show the file that FD
   names, one page per 4 kB of the file, the last one padded with zeros.
   Nothing is read at once: each page is a struct page of the process
   (vm/page.c) that comes from the file, read on its first touch. A page
   the process wrote goes back to the file when it is evicted, unmapped,
   or when the process exits; a page it only read never does.

   The mapping holds its own open file (file_reopen), so closing FD, or
   removing the file, does not end it. */
#ifdef SOLUTION_VM
#include "vm/mmap.h"
#include <round.h>
#include <stdint.h>
#include "filesys/file.h"
#include "threads/malloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#include "vm/page.h"

/* One mapping of one process. */
struct mapping
  {
    int id;                     /* What mmap returned for it. */
    struct file *file;          /* Its own handle on the file. */
    uint8_t *addr;              /* Its first page. */
    size_t page_cnt;
    struct list_elem elem;      /* In the process's list of mappings. */
  };

/* Removes the first PAGE_CNT pages of mapping M from the running
   process, writing back the ones it changed. */
static void
remove_pages (struct mapping *m, size_t page_cnt)
{
  struct hash *pages = &thread_current ()->process->pages;
  for (size_t i = 0; i < page_cnt; i++)
    page_remove (pages, page_find (pages, m->addr + i * PGSIZE));
}

/* Can a mapping of PAGE_CNT pages start at ADDR in the running process?
   Not at page 0, not off a page boundary, not over any page the process
   has (code, data, stack, other mappings), not in the stack's region. */
static bool
fits (uint8_t *addr, size_t page_cnt)
{
  struct hash *pages = &thread_current ()->process->pages;
  uintptr_t start = (uintptr_t) addr;
  uintptr_t stack_bottom = (uintptr_t) PHYS_BASE - STACK_MAX;
  if (start == 0 || pg_ofs (addr) != 0 || start >= stack_bottom
      || page_cnt > (stack_bottom - start) / PGSIZE)
    return false;
  for (size_t i = 0; i < page_cnt; i++)
    if (page_find (pages, addr + i * PGSIZE) != NULL)
      return false;
  return true;
}

/* Makes the pages of mapping M, of a file LENGTH bytes long. Returns
   false, having made none, if memory ran out. */
static bool
add_pages (struct mapping *m, off_t length)
{
  struct hash *pages = &thread_current ()->process->pages;
  for (size_t i = 0; i < m->page_cnt; i++)
    {
      struct page *p = page_add (pages, m->addr + i * PGSIZE, true, false);
      if (p == NULL)
        {
          remove_pages (m, i);
          return false;
        }
      p->file = m->file;
      p->file_offset = i * PGSIZE;
      off_t left = length - p->file_offset;
      p->read_bytes = left < (off_t) PGSIZE ? left : (off_t) PGSIZE;
      p->write_back = true;
    }
  return true;
}

/* Maps FILE at ADDR in the running process. Returns the mapping's id,
   or -1, with nothing changed, if FILE is NULL or empty, ADDR is not a
   place it fits, or memory ran out. */
int
mmap_map (struct file *file, void *addr)
{
  struct process *proc = thread_current ()->process;
  off_t length = file != NULL ? file_length (file) : 0;
  if (length <= 0 || !fits (addr, DIV_ROUND_UP (length, PGSIZE)))
    return -1;

  struct mapping *m = malloc (sizeof *m);
  if (m == NULL)
    return -1;
  m->file = file_reopen (file);
  m->addr = addr;
  m->page_cnt = DIV_ROUND_UP (length, PGSIZE);
  if (m->file == NULL || !add_pages (m, length))
    {
      file_close (m->file);
      free (m);
      return -1;
    }
  m->id = proc->next_mapid++;
  list_push_back (&proc->mappings, &m->elem);
  return m->id;
}

/* Ends mapping M: its written pages go back to the file. */
static void
unmap (struct mapping *m)
{
  list_remove (&m->elem);
  remove_pages (m, m->page_cnt);
  file_close (m->file);
  free (m);
}

/* Ends the running process's mapping MAPID, if it has one. */
void
mmap_unmap (int mapid)
{
  struct list *mappings = &thread_current ()->process->mappings;
  for (struct list_elem *e = list_begin (mappings); e != list_end (mappings);
       e = list_next (e))
    {
      struct mapping *m = list_entry (e, struct mapping, elem);
      if (m->id == mapid)
        {
          unmap (m);
          return;
        }
    }
}

/* Ends every mapping of the running process, which is exiting. */
void
mmap_unmap_all (void)
{
  struct list *mappings = &thread_current ()->process->mappings;
  while (!list_empty (mappings))
    unmap (list_entry (list_front (mappings), struct mapping, elem));
}
#endif /* SOLUTION_VM */
