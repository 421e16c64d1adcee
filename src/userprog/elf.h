/* The ELF32 executable format, as far as Skiff loads it, and the checks
   that decide whether a header can be trusted.

   Nothing here touches the kernel: the checks are plain functions of the
   bytes read from a file, so the host unit test in tests/userprog/host
   runs them natively. */
#ifndef USERPROG_ELF_H
#define USERPROG_ELF_H

#include <stdbool.h>
#include <stdint.h>

/* The lowest address a program may be loaded at, and the first it may
   not. Page 0 stays unmapped so that a null-pointer access faults; the
   page below PHYS_BASE (0xc0000000), where the kernel begins, is the
   stack's. */
#define ELF_USER_LOW 0x1000u
#define ELF_USER_TOP 0xbffff000u

/* At most this many program headers: real programs have a handful, and a
   bound keeps a hostile file from making the loader loop for long. */
#define ELF_MAX_PHNUM 64

/* The file header, at offset 0 of every ELF file. */
struct elf32_ehdr
  {
    unsigned char e_ident[16];  /* Magic, class, byte order, version. */
    uint16_t e_type;            /* ET_EXEC for an executable. */
    uint16_t e_machine;         /* EM_386 for 32-bit x86. */
    uint32_t e_version;         /* EV_CURRENT. */
    uint32_t e_entry;           /* Address of the first instruction. */
    uint32_t e_phoff;           /* File offset of the program headers. */
    uint32_t e_shoff;           /* Section headers: unused by a loader. */
    uint32_t e_flags;
    uint16_t e_ehsize;          /* Size of this header. */
    uint16_t e_phentsize;       /* Size of one program header. */
    uint16_t e_phnum;           /* Number of program headers. */
    uint16_t e_shentsize;
    uint16_t e_shnum;
    uint16_t e_shstrndx;
  };

/* A program header: one segment, a piece of the file to put in memory. */
struct elf32_phdr
  {
    uint32_t p_type;            /* PT_LOAD, or something to skip. */
    uint32_t p_offset;          /* Where the segment's bytes start in the file. */
    uint32_t p_vaddr;           /* Where they go in memory. */
    uint32_t p_paddr;           /* Unused. */
    uint32_t p_filesz;          /* Bytes taken from the file... */
    uint32_t p_memsz;           /* ...in a memory area this big, rest zeroed. */
    uint32_t p_flags;           /* PF_R, PF_W, PF_X. */
    uint32_t p_align;
  };

/* Values of the fields above (from the System V ABI). */
enum
  {
    EI_CLASS = 4, EI_DATA = 5, EI_VERSION = 6,
    ELFCLASS32 = 1, ELFDATA2LSB = 1, EV_CURRENT = 1,
    ET_EXEC = 2, EM_386 = 3,
    PT_NULL = 0, PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_SHLIB = 5,
    PF_X = 1, PF_W = 2, PF_R = 4,
  };

const char *elf_check_header (const struct elf32_ehdr *, uint32_t file_size);
const char *elf_check_segment (const struct elf32_phdr *, uint32_t file_size);
bool elf_is_loadable (const struct elf32_phdr *);
bool elf_segment_contains (const struct elf32_phdr *, uint32_t address);

#endif /* userprog/elf.h */
