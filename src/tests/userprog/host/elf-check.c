/* Host unit test of userprog/elf.c, the checks the loader applies to
   every ELF header: built natively, under ASan and UBSan, it feeds them
   a good header, each field broken in turn, and any real executables
   named on the command line, which must pass. Prints one "pass" or
   "FAIL" line per case and exits non-zero if any failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "userprog/elf.h"

static int failures;

/* Reports case NAME: GOT is the checker's answer, WANT the expected one
   (NULL for "accepted"). */
static void
expect (const char *name, const char *got, const char *want)
{
  bool ok = (got == NULL || want == NULL) ? got == want : !strcmp (got, want);
  if (ok)
    printf ("pass elf/%s\n", name);
  else
    {
      printf ("FAIL elf/%s: got \"%s\", want \"%s\"\n", name,
              got ? got : "accepted", want ? want : "accepted");
      failures++;
    }
}

/* Reports case NAME, which passes if CONDITION holds. */
static void
expect_true (const char *name, bool condition)
{
  expect (name, condition ? NULL : "false", NULL);
}

/* A file header and a loadable segment like the kit's linker script
   makes, in a file of FILE_SIZE bytes. */
#define FILE_SIZE 0x3000u

static struct elf32_ehdr
good_ehdr (void)
{
  struct elf32_ehdr e = {
    .e_ident = { 0x7f, 'E', 'L', 'F', ELFCLASS32, ELFDATA2LSB, EV_CURRENT },
    .e_type = ET_EXEC, .e_machine = EM_386, .e_version = EV_CURRENT,
    .e_entry = 0x08048100, .e_phoff = sizeof (struct elf32_ehdr),
    .e_ehsize = sizeof (struct elf32_ehdr),
    .e_phentsize = sizeof (struct elf32_phdr), .e_phnum = 2,
  };
  return e;
}

static struct elf32_phdr
good_phdr (void)
{
  struct elf32_phdr p = {
    .p_type = PT_LOAD, .p_offset = 0, .p_vaddr = 0x08048000,
    .p_filesz = 0x2000, .p_memsz = 0x2000, .p_flags = PF_R | PF_X,
    .p_align = 0x1000,
  };
  return p;
}

static void
test_headers (void)
{
  struct elf32_ehdr e = good_ehdr ();
  expect ("good-header", elf_check_header (&e, FILE_SIZE), NULL);
#define EHDR_CASE(NAME, CHANGE, WANT)                            \
  do {                                                           \
    struct elf32_ehdr e = good_ehdr ();                          \
    CHANGE;                                                      \
    expect (NAME, elf_check_header (&e, FILE_SIZE), WANT);       \
  } while (0)
  EHDR_CASE ("magic", e.e_ident[3] = 'G', "not an ELF file");
  EHDR_CASE ("class", e.e_ident[EI_CLASS] = 2, "not a 32-bit ELF file");
  EHDR_CASE ("data", e.e_ident[EI_DATA] = 2, "not little-endian");
  EHDR_CASE ("ident-version", e.e_ident[EI_VERSION] = 0, "unknown ELF version");
  EHDR_CASE ("version", e.e_version = 2, "unknown ELF version");
  EHDR_CASE ("type", e.e_type = 3, "not an executable");
  EHDR_CASE ("machine", e.e_machine = 62, "not an x86 program");
  EHDR_CASE ("ehsize", e.e_ehsize = 51, "ELF header too small");
  EHDR_CASE ("phentsize", e.e_phentsize = 33, "wrong program header size");
  EHDR_CASE ("phnum-0", e.e_phnum = 0, "bad number of program headers");
  EHDR_CASE ("phnum-max", e.e_phnum = ELF_MAX_PHNUM + 1,
             "bad number of program headers");
  EHDR_CASE ("phnum-at-max", (e.e_phnum = ELF_MAX_PHNUM,
                              e.e_phoff = 0x100), NULL);
  EHDR_CASE ("phoff-end", e.e_phoff = FILE_SIZE - 63,
             "program headers past the end of the file");
  EHDR_CASE ("phoff-wraps", e.e_phoff = 0xffffffe0,
             "program headers past the end of the file");
#undef EHDR_CASE
}

static void
test_segments (void)
{
  struct elf32_phdr p = good_phdr ();
  expect ("good-segment", elf_check_segment (&p, FILE_SIZE), NULL);
#define PHDR_CASE(NAME, CHANGE, WANT)                            \
  do {                                                           \
    struct elf32_phdr p = good_phdr ();                          \
    CHANGE;                                                      \
    expect (NAME, elf_check_segment (&p, FILE_SIZE), WANT);      \
  } while (0)
  PHDR_CASE ("note-ignored", (p.p_type = 4, p.p_offset = 0xffffffff), NULL);
  PHDR_CASE ("empty-ignored", (p.p_memsz = 0, p.p_vaddr = 0), NULL);
  PHDR_CASE ("interp", p.p_type = PT_INTERP, "needs dynamic linking");
  PHDR_CASE ("dynamic", p.p_type = PT_DYNAMIC, "needs dynamic linking");
  PHDR_CASE ("filesz", p.p_filesz = 0x2001,
             "segment file size exceeds its memory size");
  PHDR_CASE ("offset-end", p.p_offset = 0x1001 + 0xfff,
             "segment past the end of the file");
  PHDR_CASE ("offset-wraps", p.p_offset = 0xfffff000,
             "segment past the end of the file");
  PHDR_CASE ("bss-only", (p.p_filesz = 0, p.p_memsz = 0x100000), NULL);
  PHDR_CASE ("page-0", p.p_vaddr = 0, "segment outside user memory");
  PHDR_CASE ("kernel", p.p_vaddr = 0xc0000000, "segment outside user memory");
  PHDR_CASE ("stack-page", p.p_vaddr = ELF_USER_TOP - 0x1000,
             "segment outside user memory");
  PHDR_CASE ("just-fits", p.p_vaddr = ELF_USER_TOP - 0x2000, NULL);
  PHDR_CASE ("memsz-wraps", p.p_memsz = 0xfffff000,
             "segment outside user memory");
  PHDR_CASE ("misaligned", p.p_vaddr = 0x08048004, "segment misaligned");
  PHDR_CASE ("align-not-power", p.p_align = 0x3000,
             "segment alignment not a power of two");
  PHDR_CASE ("align-0", p.p_align = 0, NULL);
#undef PHDR_CASE

  struct elf32_phdr bss = good_phdr ();
  bss.p_filesz = 0x10;
  expect_true ("contains-first", elf_segment_contains (&bss, 0x08048000));
  expect_true ("contains-bss", elf_segment_contains (&bss, 0x08049fff));
  expect_true ("contains-not-end", !elf_segment_contains (&bss, 0x0804a000));
}

/* Checks the real executable at PATH: every header must pass. */
static void
test_file (const char *path)
{
  FILE *f = fopen (path, "rb");
  static unsigned char bytes[1 << 20];
  size_t size = f != NULL ? fread (bytes, 1, sizeof bytes, f) : 0;
  if (f != NULL)
    fclose (f);
  struct elf32_ehdr e;
  memcpy (&e, bytes, sizeof e);
  const char *error = size >= sizeof e ? elf_check_header (&e, size) : "unreadable";
  for (unsigned i = 0; error == NULL && i < e.e_phnum; i++)
    {
      struct elf32_phdr p;
      memcpy (&p, bytes + e.e_phoff + i * sizeof p, sizeof p);
      error = elf_check_segment (&p, size);
    }
  char name[300];
  snprintf (name, sizeof name, "file:%s", path);
  expect (name, error, NULL);
}

int
main (int argc, char *argv[])
{
  test_headers ();
  test_segments ();
  for (int i = 1; i < argc; i++)
    test_file (argv[i]);
  printf ("%d failed\n", failures);
  return failures != 0;
}
