/* The printf engine against the host's snprintf: a table of formats that
   covers each conversion, flag, width, precision and size, with edge
   values; then truncation into small buffers. */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "compare.h"
#include "ours.h"

/* The table uses on purpose flags that C says are ignored ("%-05d",
   "%+u") and that it leaves to the library ("%05s", "%+p"), which gcc
   would otherwise warn about, as it would about null strings. */
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-overflow"

void
same_as_host (const char *file, int line, size_t size,
              const char *format, ...)
{
  /* Extra room past SIZE shows whether either wrote beyond it. */
  char ours[512], host[512];
  int ours_length, host_length;
  va_list args, copy;

  EXPECT (size <= sizeof ours - 16, "buffer size %zu too big", size);
  memset (ours, '#', sizeof ours);
  memset (host, '#', sizeof host);
  va_start (args, format);
  va_copy (copy, args);
  ours_length = skiff_vsnprintf (ours, size, format, args);
  host_length = vsnprintf (host, size, format, copy);
  va_end (copy);
  va_end (args);

  if (ours_length != host_length
      || memcmp (ours, host, size + 16) != 0)
    fail (file, line, "format \"%s\" in %zu bytes: ours \"%.*s\" (%d), "
          "host \"%.*s\" (%d)", format, size,
          (int) (size < 64 ? size : 64), ours, ours_length,
          (int) (size < 64 ? size : 64), host, host_length);
}

static void
check_integers (void)
{
  SAME ("%d %i %d %d", 0, 42, -42, INT_MAX);
  SAME ("%d", INT_MIN);
  SAME ("%u %u %o %x %X", 0u, UINT_MAX, 8u, 0xbeefu, 0xbeefu);
  SAME ("[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d][% 05d]", 42, 42, 42, 42,
        42, 42, 42, 42);
  SAME ("[%5d][%-5d][%05d][%+d][% d][%+05d]", -42, -42, -42, -42, -42, -42);
  SAME ("[%.0d][%.0u][%.0x][%5.0d][%+.0d][% .0d]", 0, 0u, 0u, 0, 0, 0);
  SAME ("[%.3d][%.3d][%8.3d][%-8.3d][%08.3d][%.10d]", 7, -7, 7, -7, 7,
        INT_MIN);
  SAME ("[%#o][%#o][%#.0o][%#.3o][%#5o][%#x][%#X][%#x][%#.0x][%#08x]",
        0u, 8u, 0u, 8u, 8u, 0xabu, 0xabu, 0u, 0u, 0xabu);
  SAME ("[%#-8x][%#8.4x][%-#10o]", 0x1fu, 0x1fu, 0777u);
  SAME ("[%+u][% u][%+x][% o]", 5u, 5u, 5u, 5u);
  SAME ("[%-05d][%0-5d][%+ d][% +d]", 3, 3, 3, 3);
}

static void
check_sizes (void)
{
  SAME ("%hhd %hhd %hhu %hhx", 127, 300, 300, -1);
  SAME ("%hd %hd %hu %ho", 32767, 70000, 70000, -1);
  SAME ("%ld %ld %lu %lx", LONG_MAX, LONG_MIN, ULONG_MAX, ULONG_MAX);
  SAME ("%lld %lld %llu %llo %llX", LLONG_MAX, LLONG_MIN, ULLONG_MAX,
        ULLONG_MAX, 0x123456789abcdefULL);
  SAME ("%jd %jd %ju %jx", INTMAX_MAX, INTMAX_MIN, UINTMAX_MAX,
        (uintmax_t) 1 << 63);
  SAME ("%zu %zx %zd %zd", SIZE_MAX, (size_t) 12345, (ptrdiff_t) -1,
        PTRDIFF_MAX);
  SAME ("%td %td %tu %tx", PTRDIFF_MIN, (ptrdiff_t) -1, (size_t) 77,
        (size_t) 0xfeed);
  SAME ("%i %li %lli %hi %hhi", -1, -1L, -1LL, -1, -1);
}

static void
check_stars (void)
{
  SAME ("[%*d][%*d][%-*d]", 6, 42, -6, 42, 6, 42);
  SAME ("[%.*d][%.*d][%.*d]", 4, 42, 0, 0, -1, 0);
  SAME ("[%*.*d][%0*.*d][%0*d][%0*d]", 8, 3, -42, 8, 3, -42, 8, -42, -8,
        -42);
  SAME ("[%.*s][%*s][%-*s]", 3, "abcdef", 8, "abc", 8, "abc");
  SAME ("[%*c][%-*c]", 4, 'x', -4, 'y');
}

static void
check_chars_and_strings (void)
{
  SAME ("[%c][%c][%3c][%-3c]", 'a', 255, 'b', 'c');
  SAME ("[%s][%s][%10s][%-10s][%.2s][%10.2s][%-10.2s][%.0s][%.9s]", "",
        "text", "text", "text", "text", "text", "text", "text", "text");
  SAME ("[%c%c%c]", 'x', '\0', 'y');
  SAME ("%%[%%%%]%d%%", 5);
  SAME ("no conversions at all");
  SAME ("%s", "");
}

/* What the GNU C library does where C leaves it open: null strings and
   pointers, and flags C does not define for %p, %s and %c. */
static void
check_gnu_behaviour (void)
{
  const char *null = NULL;
  void *p = (void *) (uintptr_t) 0x12345678;

  SAME ("[%s][%10s][%-10s][%.6s][%.5s][%.0s]", null, null, null, null, null,
        null);
  SAME ("[%p][%20p][%-20p][%+p][% p][%020p][%.12p][%#p]", p, p, p, p, p, p,
        p, p);
  SAME ("[%p][%10p][%-10p][%+p][%010p][%.3p]", NULL, NULL, NULL, NULL, NULL,
        NULL);
  SAME ("[%05s][%-05s][%05c]", "ab", "ab", 'c');
}

/* Every buffer size from 0 up: the text is cut short, always ends in a
   NUL, and the result still says how long the whole would have been. */
static void
check_truncation (void)
{
  size_t size;

  for (size = 0; size < 24; size++)
    {
      same_as_host (__FILE__, __LINE__, size, "%s=%d", "answer", -42);
      same_as_host (__FILE__, __LINE__, size, "[%8.3x]", 0xabcu);
    }
  EXPECT (skiff_snprintf (NULL, 0, "%d", 12345) == 5,
          "snprintf (NULL, 0, ...) should only count");
}

void
test_printf (void)
{
  check_integers ();
  check_sizes ();
  check_stars ();
  check_chars_and_strings ();
  check_gnu_behaviour ();
  check_truncation ();
}
