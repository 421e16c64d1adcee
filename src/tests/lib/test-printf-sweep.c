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

/* One random conversion to try, with the values of its '*'s. */
struct trial
  {
    char format[64];
    int stars;                  /* How many '*' the format has... */
    int star[2];                /* ...and their values, in order. */
  };

/* Makes up a trial of the letter CONVERSION with size letters SIZE. */
static void
random_trial (struct trial *t, const char *size, char conversion)
{
  char flags[8], width[8] = "", precision[8] = "";
  char *end = flags;
  const char *flag;

  for (flag = "-0+ #"; *flag != '\0'; flag++)
    if (below (4) == 0)
      *end++ = *flag;
  *end = '\0';

  t->stars = 0;
  switch (below (3))
    {
    case 1: snprintf (width, sizeof width, "%lu", below (21)); break;
    case 2: snprintf (width, sizeof width, "*"); t->stars++; break;
    }
  switch (below (4))
    {
    case 1: snprintf (precision, sizeof precision, "."); break;
    case 2: snprintf (precision, sizeof precision, ".%lu", below (21)); break;
    case 3: snprintf (precision, sizeof precision, ".*"); t->stars++; break;
    }
  snprintf (t->format, sizeof t->format, "%%%s%s%s%s%c", flags, width,
            precision, size, conversion);
  t->star[0] = (int) below (41) - 20;
  t->star[1] = (int) below (41) - 20;
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

/* Calls same_as_host on trial T, with its star values, then VALUE. */
#define TRY(T, VALUE)                                                   \
  ((T).stars == 0 ? SAME ((T).format, VALUE)                            \
   : (T).stars == 1 ? SAME ((T).format, (T).star[0], VALUE)             \
   : SAME ((T).format, (T).star[0], (T).star[1], VALUE))

/* One integer conversion, its value passed as the type SIZE names. */
static void
sweep_integer (void)
{
  static const char *const sizes[] = { "", "hh", "h", "l", "ll", "j", "z",
                                       "t" };
  static const char conversions[] = "diuoxX";
  const char *size = sizes[below (sizeof sizes / sizeof *sizes)];
  uint64_t bits = random_bits ();
  struct trial t;

  random_trial (&t, size, conversions[below (sizeof conversions - 1)]);
  if (strcmp (size, "l") == 0)
    TRY (t, (long) bits);
  else if (strcmp (size, "ll") == 0)
    TRY (t, (long long) bits);
  else if (strcmp (size, "j") == 0)
    TRY (t, (intmax_t) bits);
  else if (strcmp (size, "z") == 0)
    TRY (t, (size_t) bits);
  else if (strcmp (size, "t") == 0)
    TRY (t, (ptrdiff_t) bits);
  else
    TRY (t, (int) bits);        /* hh and h take an int, and cut it. */
}

/* One %s, %c or %p conversion. */
static void
sweep_other (void)
{
  static const char *const strings[] = { "", "x", "text", "a longer string",
                                         NULL };
  static const char conversions[] = "scp";
  char conversion = conversions[below (sizeof conversions - 1)];
  struct trial t;

  random_trial (&t, "", conversion);
  if (conversion == 's')
    TRY (t, strings[below (sizeof strings / sizeof *strings)]);
  else if (conversion == 'c')
    TRY (t, (int) below (255) + 1);
  else
    TRY (t, below (4) == 0 ? NULL : (void *) (uintptr_t) random_bits ());
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
