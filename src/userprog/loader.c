/* Loading an ELF executable into a process's page directory.

   The loader reads the file header, then each program header, checks
   them with userprog/elf.c and copies every loadable segment into fresh
   user pages. It works page by page: the memory of a page may come from
   two segments (GNU ld lets the headers, the code and the data share
   pages), so a page that an earlier segment already mapped is reused,
   and made writable if the later segment needs that.

   Phase 3 (virtual memory) reads nothing here: each page only records
   where its bytes are in the file, for the first touch to read them; a
   page that two segments share may still be built at once. */
#include "userprog/loader.h"
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"
#include "userprog/elf.h"
#include "userprog/pagedir.h"
#ifdef SOLUTION_VM
#ifdef VM
#include "threads/thread.h"
#include "userprog/process.h"
#include "vm/frame.h"
#include "vm/page.h"
#endif
#endif

_Static_assert (ELF_USER_TOP == (uintptr_t) PHYS_BASE - PGSIZE,
                "elf.h must leave the stack page free");
_Static_assert (ELF_USER_LOW == PGSIZE, "page 0 must stay unmapped");

/* Reads exactly SIZE bytes at OFFSET of FILE into BUFFER. */
static bool
read_exactly (struct file *file, void *buffer, uint32_t size, uint32_t offset)
{
  return file_read_at (file, buffer, size, offset) == (off_t) size;
}

/* Returns the kernel address of user page UPAGE in PD, mapping a zeroed
   page there first if there is none. The page is made writable if
   WRITABLE. Returns NULL if memory ran out. */
static uint8_t *
get_user_page (uint32_t *pd, void *upage, bool writable)
{
  uint8_t *kpage = pagedir_get_page (pd, upage);
  if (kpage == NULL)
    {
      kpage = palloc_get_page (PAL_USER | PAL_ZERO);
      if (kpage == NULL)
        return NULL;
      if (!pagedir_set_page (pd, upage, kpage, writable))
        {
          palloc_free_page (kpage);
          return NULL;
        }
    }
  else if (writable && !pagedir_is_writable (pd, upage))
    {
      /* Mapping the same page again, writable this time, cannot fail:
         its page table exists already. */
      pagedir_clear_page (pd, upage);
      pagedir_set_page (pd, upage, kpage, true);
    }
  return kpage;
}

/* The smaller and the larger of two addresses. */
static uint32_t min_u32 (uint32_t a, uint32_t b) { return a < b ? a : b; }
static uint32_t max_u32 (uint32_t a, uint32_t b) { return a > b ? a : b; }
#ifdef SOLUTION_VM
#ifdef VM

/* Page P, which an earlier segment made, also holds the bytes [START,
   END) of a later one, of which those up to READ_END come from FILE at
   OFFSET: builds the page now, from both. Returns NULL on success. */
static const char *
build_shared_page (struct page *p, struct file *file, uint32_t start,
                   uint32_t read_end, uint32_t end, off_t offset,
                   bool writable)
{
  /* Its contents now match no single part of the file: not shareable,
     and saved to swap when evicted. */
  p->share_id = SHARE_NONE;
  p->anonymous = true;
  if (!p->committed && !frame_commit ())
    return "out of memory";
  p->committed = true;
  uint8_t *kpage = page_pin_page (p, true);
  if (kpage == NULL)
    return "out of memory";
  if (writable && !p->writable)
    {
      /* Its entry exists, so mapping it again cannot fail. */
      p->writable = true;
      pagedir_clear_page (p->pagedir, p->upage);
      pagedir_set_page (p->pagedir, p->upage, kpage, true);
    }
  uint32_t page = (uintptr_t) p->upage;
  bool ok = (read_end == start
             || read_exactly (file, kpage + (start - page), read_end - start,
                              offset));
  memset (kpage + (read_end - page), 0, end - read_end);
  page_unpin_page (p);
  return ok ? NULL : "cannot read a segment";
}

/* load_segment () with virtual memory: records, for each page of segment
   PHDR of FILE, where its bytes are, for the first touch to read them.
   Returns NULL on success, otherwise why it failed. */
static const char *
record_segment (struct file *file, const struct elf32_phdr *phdr)
{
  struct process *proc = thread_current ()->process;
  uint32_t file_end = phdr->p_vaddr + phdr->p_filesz;
  uint32_t mem_end = phdr->p_vaddr + phdr->p_memsz;
  bool writable = (phdr->p_flags & PF_W) != 0;

  for (uint32_t page = phdr->p_vaddr & ~PGMASK; page < mem_end; page += PGSIZE)
    {
      uint32_t start = max_u32 (page, phdr->p_vaddr);
      uint32_t end = min_u32 (page + PGSIZE, mem_end);
      uint32_t read_end = min_u32 (end, max_u32 (start, file_end));
      off_t offset = phdr->p_offset + (start - phdr->p_vaddr);
      struct page *p = page_find (&proc->pages, (void *) page);
      if (p != NULL)
        {
          const char *error = build_shared_page (p, file, start, read_end,
                                                 end, offset, writable);
          if (error != NULL)
            return error;
          continue;
        }
      /* Zeros that are read-only are promised memory too, although they
         could do without: otherwise a header with a huge memsz would
         have the kernel make page records until its heap ran dry. */
      p = page_add (&proc->pages, (void *) page, writable,
                    writable || read_end == start);
      if (p == NULL)
        return "out of memory";
      p->file = file;
      p->file_offset = offset;
      p->page_offset = start - page;
      p->read_bytes = read_end - start;
      if (!writable)
        p->share_id = proc->executable_id;
    }
  return NULL;
}
#endif
#endif /* SOLUTION_VM */

/* Puts segment PHDR of FILE into PD: in each of its pages, the bytes
   from the file where the segment has some, zeros in the rest of its
   memory. Returns NULL on success, otherwise why it failed. */
static const char *
load_segment (struct file *file, const struct elf32_phdr *phdr, uint32_t *pd)
{
#ifdef SOLUTION_VM
#ifdef VM
  return record_segment (file, phdr);
#endif
#endif
  uint32_t file_end = phdr->p_vaddr + phdr->p_filesz;
  uint32_t mem_end = phdr->p_vaddr + phdr->p_memsz;
  bool writable = (phdr->p_flags & PF_W) != 0;

  for (uint32_t page = phdr->p_vaddr & ~PGMASK; page < mem_end; page += PGSIZE)
    {
      uint8_t *kpage = get_user_page (pd, (void *) page, writable);
      if (kpage == NULL)
        return "out of memory";

      /* [START, END) is the part of this page that the segment owns;
         its first bytes, up to FILE_END, come from the file. */
      uint32_t start = max_u32 (page, phdr->p_vaddr);
      uint32_t end = min_u32 (page + PGSIZE, mem_end);
      uint32_t read_end = min_u32 (end, max_u32 (start, file_end));
      uint32_t read_size = read_end - start;
      if (read_size > 0
          && !read_exactly (file, kpage + (start - page), read_size,
                            phdr->p_offset + (start - phdr->p_vaddr)))
        return "cannot read a segment";
      /* The page may hold an earlier segment's bytes here. */
      memset (kpage + (read_end - page), 0, end - read_end);
    }
  return NULL;
}

/* Checks and loads the program headers of FILE, whose file header EHDR
   has been checked. Returns NULL on success, otherwise why it failed. */
static const char *
load_segments (struct file *file, const struct elf32_ehdr *ehdr,
               uint32_t file_size, uint32_t *pd)
{
  bool entry_loaded = false;
  for (unsigned i = 0; i < ehdr->e_phnum; i++)
    {
      struct elf32_phdr phdr;
      if (!read_exactly (file, &phdr, sizeof phdr,
                         ehdr->e_phoff + i * sizeof phdr))
        return "cannot read a program header";
      const char *error = elf_check_segment (&phdr, file_size);
      if (error == NULL && elf_is_loadable (&phdr))
        error = load_segment (file, &phdr, pd);
      if (error != NULL)
        return error;
      entry_loaded |= elf_segment_contains (&phdr, ehdr->e_entry);
    }
  return entry_loaded ? NULL : "entry point outside the program";
}

/* Loads the executable FILE, called NAME in messages, into the empty
   user half of PD, and stores its entry point in *ENTRY. Returns false,
   after printing why, if FILE is not a program Skiff can run or memory
   ran out; PD may then hold part of the program, which destroying it
   frees. */
bool
loader_load (const char *name, struct file *file, uint32_t *pd, void **entry)
{
  uint32_t file_size = file_length (file);
  struct elf32_ehdr ehdr;
  const char *error;
  if (!read_exactly (file, &ehdr, sizeof ehdr, 0))
    error = "not an ELF file";
  else if ((error = elf_check_header (&ehdr, file_size)) == NULL)
    error = load_segments (file, &ehdr, file_size, pd);

  if (error != NULL)
    {
      printf ("load: %s: %s\n", name, error);
      return false;
    }
  *entry = (void *) ehdr.e_entry;
  return true;
}
