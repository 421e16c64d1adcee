/* The printf engine against the host's snprintf on thousands of random
   conversions: random flags, widths, precisions (literal or '*'), sizes,
   conversions and values, drawn from a fixed seed so every run checks the
   same ones. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "compare.h"
#include "ours.h"

#define CONVERSION_CNT 20000

/* A random number below LIMIT. */
static unsigned long
below (unsigned long limit)
{
  return skiff_random_ulong () % limit;
}

/* Writes into FORMAT (64 bytes) a random conversion for the letter
   CONVERSION with size letters SIZE; returns how many '*' it used. */
static int
random_spec (char format[64], const char *size, char conversion)
{
  char flags[8], width[8] = "", precision[8] = "";
  char *end = flags;
  const char *flag;
  int stars = 0;

  for (flag = "-0+ #"; *flag != '\0'; flag++)
    if (below (4) == 0)
      *end++ = *flag;
  *end = '\0';

  switch (below (3))
    {
    case 1: snprintf (width, sizeof width, "%lu", below (21)); break;
    case 2: snprintf (width, sizeof width, "*"); stars++; break;
    }
  switch (below (4))
    {
    case 1: snprintf (precision, sizeof precision, "."); break;
    case 2: snprintf (precision, sizeof precision, ".%lu", below (21)); break;
    case 3: snprintf (precision, sizeof precision, ".*"); stars++; break;
    }
  snprintf (format, 64, "%%%s%s%s%s%c", flags, width, precision, size,
            conversion);
  return stars;
}

/* Random bits, often small or all ones, where the edge cases live. */
static uint64_t
random_bits (void)
{
  switch (below (4))
    {
    case 0: return below (200) - 100;
    case 1: return below (2) ? UINT64_MAX : (uint64_t) 1 << 63;
    default: return ((uint64_t) skiff_random_ulong () << 32)
                    ^ skiff_random_ulong ();
    }
}

/* Calls same_as_host with the STARS star arguments in STAR, then VALUE. */
#define WITH_STARS(VALUE)                                               \
  (stars == 0 ? SAME (format, VALUE)                                    \
   : stars == 1 ? SAME (format, star[0], VALUE)                         \
   : SAME (format, star[0], star[1], VALUE))

/* One integer conversion, its value passed as the type SIZE names. */
static void
sweep_integer (void)
{
  static const char *const sizes[] = { "", "hh", "h", "l", "ll", "j", "z",
                                       "t" };
  static const char conversions[] = "diuoxX";
  const char *size = sizes[below (sizeof sizes / sizeof *sizes)];
  char conversion = conversions[below (sizeof conversions - 1)];
  char format[64];
  int stars = random_spec (format, size, conversion);
  int star[2] = { (int) below (41) - 20, (int) below (41) - 20 };
  uint64_t bits = random_bits ();

  if (strcmp (size, "l") == 0)
    WITH_STARS ((long) bits);
  else if (strcmp (size, "ll") == 0)
    WITH_STARS ((long long) bits);
  else if (strcmp (size, "j") == 0)
    WITH_STARS ((intmax_t) bits);
  else if (strcmp (size, "z") == 0)
    WITH_STARS ((size_t) bits);
  else if (strcmp (size, "t") == 0)
    WITH_STARS ((ptrdiff_t) bits);
  else
    WITH_STARS ((int) bits);      /* hh and h take an int, and cut it. */
}

/* One %s, %c or %p conversion. */
static void
sweep_other (void)
{
  static const char *const strings[] = { "", "x", "text", "a longer string",
                                         NULL };
  static const char conversions[] = "scp";
  char conversion = conversions[below (sizeof conversions - 1)];
  char format[64];
  int stars = random_spec (format, "", conversion);
  int star[2] = { (int) below (41) - 20, (int) below (41) - 20 };

  if (conversion == 's')
    WITH_STARS (strings[below (sizeof strings / sizeof *strings)]);
  else if (conversion == 'c')
    WITH_STARS ((int) below (255) + 1);
  else
    WITH_STARS (below (4) == 0 ? NULL : (void *) (uintptr_t) random_bits ());
}

void
test_printf_sweep (void)
{
  int i;

  skiff_random_init (2024);
  for (i = 0; i < CONVERSION_CNT; i++)
    if (below (3) == 0)
      sweep_other ();
    else
      sweep_integer ();
}
