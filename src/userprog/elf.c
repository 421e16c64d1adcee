/* Checks of ELF32 headers.

   An executable is input from the user, so the loader believes no field
   it has not checked here. Each check returns NULL when the header is
   fine and otherwise a short reason, which the loader prints: a student
   whose program does not load learns why. All the arithmetic is done in
   64 bits, so that no sum of 32-bit fields can wrap around and pass. */
#include "userprog/elf.h"
#include <stddef.h>

#define PAGE_SIZE 0x1000u

/* Returns NULL if EHDR starts a 32-bit little-endian x86 executable
   whose program headers lie inside a file of FILE_SIZE bytes. */
const char *
elf_check_header (const struct elf32_ehdr *ehdr, uint32_t file_size)
{
  static const unsigned char magic[4] = { 0x7f, 'E', 'L', 'F' };
  for (size_t i = 0; i < sizeof magic; i++)
    if (ehdr->e_ident[i] != magic[i])
      return "not an ELF file";
  if (ehdr->e_ident[EI_CLASS] != ELFCLASS32)
    return "not a 32-bit ELF file";
  if (ehdr->e_ident[EI_DATA] != ELFDATA2LSB)
    return "not little-endian";
  if (ehdr->e_ident[EI_VERSION] != EV_CURRENT || ehdr->e_version != EV_CURRENT)
    return "unknown ELF version";
  if (ehdr->e_type != ET_EXEC)
    return "not an executable";
  if (ehdr->e_machine != EM_386)
    return "not an x86 program";
  if (ehdr->e_ehsize < sizeof *ehdr)
    return "ELF header too small";
  if (ehdr->e_phentsize != sizeof (struct elf32_phdr))
    return "wrong program header size";
  if (ehdr->e_phnum == 0 || ehdr->e_phnum > ELF_MAX_PHNUM)
    return "bad number of program headers";
  if ((uint64_t) ehdr->e_phoff
      + (uint64_t) ehdr->e_phnum * ehdr->e_phentsize > file_size)
    return "program headers past the end of the file";
  return NULL;
}

/* Returns true if PHDR is a segment to put in memory. A segment of
   memory size 0 brings nothing, so it is skipped rather than refused. */
bool
elf_is_loadable (const struct elf32_phdr *phdr)
{
  return phdr->p_type == PT_LOAD && phdr->p_memsz > 0;
}

/* Returns NULL if PHDR is acceptable in an executable of FILE_SIZE bytes:
   either a kind of segment the loader can skip, or a loadable segment
   whose file bytes lie inside the file and whose memory lies inside user
   space. */
const char *
elf_check_segment (const struct elf32_phdr *phdr, uint32_t file_size)
{
  switch (phdr->p_type)
    {
    case PT_DYNAMIC:
    case PT_INTERP:
    case PT_SHLIB:
      return "needs dynamic linking";
    case PT_LOAD:
      break;
    default:
      /* PT_NOTE, PT_PHDR, PT_GNU_STACK and friends are hints for other
         tools: ignoring them is safe. */
      return NULL;
    }
  if (!elf_is_loadable (phdr))
    return NULL;

  if (phdr->p_filesz > phdr->p_memsz)
    return "segment file size exceeds its memory size";
  if ((uint64_t) phdr->p_offset + phdr->p_filesz > file_size)
    return "segment past the end of the file";
  if (phdr->p_vaddr < ELF_USER_LOW
      || (uint64_t) phdr->p_vaddr + phdr->p_memsz > ELF_USER_TOP)
    return "segment outside user memory";
  /* The ELF standard asks that a segment's offset within a page be the
     same in the file and in memory, so that a loader may map file pages
     directly; a file that breaks the rule was not made by a linker. */
  if ((phdr->p_align & (phdr->p_align - 1)) != 0)
    return "segment alignment not a power of two";
  uint32_t align = phdr->p_align > PAGE_SIZE ? phdr->p_align : PAGE_SIZE;
  if (phdr->p_offset % align != phdr->p_vaddr % align)
    return "segment misaligned";
  return NULL;
}

/* Returns true if ADDRESS lies in the memory of loadable segment PHDR. */
bool
elf_segment_contains (const struct elf32_phdr *phdr, uint32_t address)
{
  return (elf_is_loadable (phdr)
          && address >= phdr->p_vaddr
          && (uint64_t) address < (uint64_t) phdr->p_vaddr + phdr->p_memsz);
}
