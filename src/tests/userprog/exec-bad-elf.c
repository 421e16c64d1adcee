/* Makes broken copies of its own executable, one field at a time, and
   tries to run each: every one must be refused with -1 and a message
   from the loader, and none may take the kernel down. The fields are
   those of the ELF32 file header and program headers (System V ABI). */
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-bad-elf";

/* Where a field lives: in the file header (offset from the file's
   start), or in the first program header (offset from its start). */
enum where { EHDR, PHDR0 };

struct patch
  {
    const char *what;
    enum where where;
    unsigned offset;            /* Of the field. */
    unsigned size;              /* 1, 2 or 4 bytes. */
    uint32_t value;             /* Little-endian, like the file. */
  };

static const struct patch patches[] =
  {
    { "bad magic", EHDR, 1, 1, 'X' },
    { "64-bit class", EHDR, 4, 1, 2 },
    { "big-endian", EHDR, 5, 1, 2 },
    { "ident version 0", EHDR, 6, 1, 0 },
    { "e_version 2", EHDR, 20, 4, 2 },
    { "shared object", EHDR, 16, 2, 3 },
    { "x86-64 machine", EHDR, 18, 2, 62 },
    { "e_ehsize 10", EHDR, 40, 2, 10 },
    { "e_phentsize 31", EHDR, 42, 2, 31 },
    { "no program headers", EHDR, 44, 2, 0 },
    { "65535 program headers", EHDR, 44, 2, 65535 },
    { "e_phoff past the end", EHDR, 28, 4, 0xfffffff0 },
    { "entry point 0", EHDR, 24, 4, 0 },
    { "entry point in the kernel", EHDR, 24, 4, 0xc0001000 },
    { "interpreter segment", PHDR0, 0, 4, 3 },
    { "p_offset past the end", PHDR0, 4, 4, 0x7ffff000 },
    { "p_offset wraps around", PHDR0, 4, 4, 0xfffff000 },
    { "vaddr in page 0", PHDR0, 8, 4, 0 },
    { "vaddr in the kernel", PHDR0, 8, 4, 0xc0000000 },
    { "vaddr + memsz wraps", PHDR0, 8, 4, 0xfffff000 },
    { "vaddr misaligned", PHDR0, 8, 4, 0x08048001 },
    { "filesz > memsz", PHDR0, 16, 4, 0x7fffffff },
    { "memsz past user memory", PHDR0, 20, 4, 0xc0000000 },
    { "alignment not a power of 2", PHDR0, 28, 4, 0x3000 },
    { "memsz larger than memory", PHDR0, 20, 4, 0x10000000 },
  };

/* A copy of this program. */
static char image[64 * 1024];
static int image_size;

/* Writes the first SIZE bytes of IMAGE as file NAME, replacing any
   earlier file of that name. */
static void
write_file (const char *name, int size)
{
  remove (name);
  if (!create (name, size))
    fail ("create %s", name);
  int fd = open (name);
  if (write (fd, image, size) != size)
    fail ("write %s", name);
  close (fd);
}

/* Reads this program's executable into IMAGE. */
static void
read_self (void)
{
  int fd = open (test_name);
  image_size = filesize (fd);
  if (image_size > (int) sizeof image)
    fail ("executable too big for the buffer: %d bytes", image_size);
  if (read (fd, image, image_size) != image_size)
    fail ("read myself");
  close (fd);
}

/* Stores the SIZE-byte VALUE at OFFSET of IMAGE, little-endian. */
static void
poke (unsigned offset, unsigned size, uint32_t value)
{
  for (unsigned i = 0; i < size; i++)
    image[offset + i] = value >> (8 * i);
}

/* Tries to run file NAME: it must fail. */
static void
refuse (const char *name, const char *what)
{
  check (exec (name) == PID_ERROR, "%s: refused", what);
}

int
main (int argc, char *argv[] UNUSED)
{
  /* Run as "good quiet": the unchanged copy, which has nothing to do. */
  if (argc > 1)
    return 0;

  msg ("begin");
  read_self ();
  uint32_t phoff;
  memcpy (&phoff, image + 28, sizeof phoff);

  /* The unchanged copy runs: the patches below are what breaks it. */
  write_file ("good", image_size);
  check (run ("good quiet") == 0, "an unchanged copy runs");

  for (size_t i = 0; i < sizeof patches / sizeof *patches; i++)
    {
      const struct patch *p = &patches[i];
      read_self ();
      poke ((p->where == PHDR0 ? phoff : 0) + p->offset, p->size, p->value);
      write_file ("bad", image_size);
      refuse ("bad", p->what);
    }

  read_self ();
  write_file ("short", 40);
  refuse ("short", "cut in the file header");
  write_file ("short", phoff + 10);
  refuse ("short", "cut in a program header");
  write_file ("short", 600);
  refuse ("short", "cut in the code");
  msg ("end");
  return 0;
}
