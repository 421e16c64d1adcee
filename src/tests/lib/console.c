/* The console output the library's environment must supply: stdio.h
   declares vprintf but leaves it to the kernel or the user library.  The
   library itself calls only vprintf (printf and hex_dump do), so that is
   all this supplies.  It collects the text in memory, so tests can compare
   what was printed with what should have been. */
#include <string.h>
#include "check.h"
#include "ours.h"

static char text[1 << 16];
static size_t length;

void
console_reset (void)
{
  length = 0;
  text[0] = '\0';
}

const char *
console_text (void)
{
  return text;
}

static void
emit (char ch, void *aux __attribute__ ((unused)))
{
  EXPECT (length + 1 < sizeof text, "console buffer overflowed");
  text[length++] = ch;
  text[length] = '\0';
}

int
skiff_vprintf (const char *format, va_list args)
{
  return skiff_vformat (emit, NULL, format, args);
}
