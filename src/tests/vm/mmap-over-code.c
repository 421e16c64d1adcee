/* mmap over the program's own code, its read-only data, its data and
   its bss is refused, even where those pages were never loaded; the
   program still runs and its data is intact. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-over-code";

static const uint8_t rodata[8192] = { 9 };
static uint32_t data[2048] = { 7 };
static uint32_t bss[4096];

static void *
page_of (const void *p)
{
  return (void *) ((uintptr_t) p & ~(uintptr_t) (PAGE_SIZE - 1));
}

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 1000, 1);
  int fd = open_or_fail ("data");
  check (mmap (fd, page_of (main)) == MAP_FAILED, "over code: refused");
  check (mmap (fd, page_of (&rodata[4096])) == MAP_FAILED, "over read-only data: refused");
  check (mmap (fd, page_of (&data[1024])) == MAP_FAILED, "over data: refused");
  check (mmap (fd, page_of (&bss[2048])) == MAP_FAILED, "over bss: refused");
  check (rodata[0] == 9 && data[0] == 7 && bss[2048] == 0, "all intact");
  check (mmap (fd, MAP_AREA) != MAP_FAILED, "the file maps elsewhere");
  return 0;
}
