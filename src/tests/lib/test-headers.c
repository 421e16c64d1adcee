/* The freestanding headers: limits, exact-width types and their printf
   conversions, offsetof, variable arguments, rounding.  Unlike the other
   groups this file is compiled like the library, against our headers
   only, and the Makefile also compiles it with -m32 so that gcc's format
   checking vets the PRI macros for the kernel's 32-bit target too. */
#include <inttypes.h>
#include <limits.h>
#include <round.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

/* Each limit must be the value its type really reaches, so compare with
   what converting -1 (all bits set) or halving that gives. */
_Static_assert (CHAR_BIT == 8, "bytes have 8 bits");
_Static_assert (UCHAR_MAX == (unsigned char) -1, "UCHAR_MAX");
_Static_assert (USHRT_MAX == (unsigned short) -1, "USHRT_MAX");
_Static_assert (UINT_MAX == (unsigned) -1, "UINT_MAX");
_Static_assert (ULONG_MAX == (unsigned long) -1, "ULONG_MAX");
_Static_assert (ULLONG_MAX == (unsigned long long) -1, "ULLONG_MAX");
_Static_assert (SCHAR_MAX == UCHAR_MAX / 2 && SCHAR_MIN == -SCHAR_MAX - 1,
                "SCHAR limits");
_Static_assert (SHRT_MAX == USHRT_MAX / 2 && SHRT_MIN == -SHRT_MAX - 1,
                "SHRT limits");
_Static_assert (INT_MAX == (int) (UINT_MAX / 2) && INT_MIN == -INT_MAX - 1,
                "INT limits");
_Static_assert (LONG_MAX == (long) (ULONG_MAX / 2)
                && LONG_MIN == -LONG_MAX - 1, "LONG limits");
_Static_assert (LLONG_MAX == (long long) (ULLONG_MAX / 2)
                && LLONG_MIN == -LLONG_MAX - 1, "LLONG limits");
_Static_assert ((char) -1 < 0 ? CHAR_MIN == SCHAR_MIN : CHAR_MIN == 0,
                "CHAR_MIN follows the signedness of char");

_Static_assert (sizeof (int8_t) == 1 && sizeof (uint8_t) == 1, "8 bits");
_Static_assert (sizeof (int16_t) == 2 && sizeof (uint16_t) == 2, "16 bits");
_Static_assert (sizeof (int32_t) == 4 && sizeof (uint32_t) == 4, "32 bits");
_Static_assert (sizeof (int64_t) == 8 && sizeof (uint64_t) == 8, "64 bits");
_Static_assert ((int8_t) -1 < 0 && (uint8_t) -1 > 0, "8-bit signedness");
_Static_assert ((int64_t) -1 < 0 && (uint64_t) -1 > 0, "64-bit signedness");
_Static_assert (UINT8_MAX == (uint8_t) -1 && INT8_MIN == -128, "8-bit");
_Static_assert (UINT16_MAX == (uint16_t) -1 && INT16_MIN == -32768, "16-bit");
_Static_assert (UINT32_MAX == (uint32_t) -1
                && INT32_MIN == -INT32_MAX - 1, "32-bit");
_Static_assert (UINT64_MAX == (uint64_t) -1
                && INT64_MIN == -INT64_MAX - 1, "64-bit");
_Static_assert (sizeof (intptr_t) == sizeof (void *)
                && sizeof (uintptr_t) == sizeof (void *), "pointer ints");
_Static_assert (sizeof (size_t) == sizeof (void *)
                && sizeof (ptrdiff_t) == sizeof (void *), "size_t");
_Static_assert (SIZE_MAX == (size_t) -1 && UINTPTR_MAX == (uintptr_t) -1
                && UINTMAX_MAX == (uintmax_t) -1, "unsigned maxima");
_Static_assert ((size_t) -1 > 0 && (ptrdiff_t) -1 < 0, "size signedness");
_Static_assert (sizeof (intmax_t) >= sizeof (long long), "intmax_t");

struct layout { char c; int i; long long ll; };
_Static_assert (offsetof (struct layout, c) == 0, "offsetof");
_Static_assert (offsetof (struct layout, ll) >= offsetof (struct layout, i)
                + sizeof (int), "offsetof");

_Static_assert (ROUND_UP (0, 4) == 0 && ROUND_UP (1, 4) == 4
                && ROUND_UP (4, 4) == 4 && ROUND_UP (5, 4) == 8, "ROUND_UP");
_Static_assert (DIV_ROUND_UP (0, 512) == 0 && DIV_ROUND_UP (1, 512) == 1
                && DIV_ROUND_UP (512, 512) == 1
                && DIV_ROUND_UP (513, 512) == 2, "DIV_ROUND_UP");
_Static_assert (ROUND_DOWN (7, 4) == 4 && ROUND_DOWN (8, 4) == 8
                && ROUND_DOWN (3, 4) == 0, "ROUND_DOWN");
_Static_assert (true == 1 && false == 0 && sizeof (bool) == 1, "stdbool");

/* The sum of the COUNT long long arguments after it, to exercise
   <stdarg.h> with a type wider than a stack slot on 32-bit x86. */
static long long
sum (int count, ...)
{
  long long total = 0;
  va_list args, copy;

  va_start (args, count);
  va_copy (copy, args);
  while (count-- > 0)
    total += va_arg (copy, long long);
  va_end (copy);
  va_end (args);
  return total;
}

/* Formats one value with a PRI macro and checks the text. */
#define EXPECT_PRI(EXPECTED, CONVERSION, VALUE)                         \
  do {                                                                  \
    char text[32];                                                      \
    snprintf (text, sizeof text, "%" CONVERSION, VALUE);                \
    EXPECT (strcmp (text, EXPECTED) == 0, "%%%s gave \"%s\", not %s",   \
            #CONVERSION, text, EXPECTED);                               \
  } while (0)

void
test_headers (void)
{
  EXPECT (sum (3, 1LL << 40, -5LL, 7LL) == (1LL << 40) + 2,
          "va_arg on long long");

  /* gcc has already checked each PRI macro against its type; these check
     that the values come out whole. */
  EXPECT_PRI ("-128", PRId8, (int8_t) INT8_MIN);
  EXPECT_PRI ("ff", PRIx8, (uint8_t) UINT8_MAX);
  EXPECT_PRI ("-32768", PRIi16, (int16_t) INT16_MIN);
  EXPECT_PRI ("177777", PRIo16, (uint16_t) UINT16_MAX);
  EXPECT_PRI ("-2147483648", PRId32, INT32_MIN);
  EXPECT_PRI ("4294967295", PRIu32, UINT32_MAX);
  EXPECT_PRI ("FFFFFFFF", PRIX32, UINT32_MAX);
  EXPECT_PRI ("-9223372036854775808", PRId64, INT64_MIN);
  EXPECT_PRI ("18446744073709551615", PRIu64, UINT64_MAX);
  EXPECT_PRI ("ffffffffffffffff", PRIx64, UINT64_MAX);
  EXPECT_PRI ("1777777777777777777777", PRIo64, UINT64_MAX);
  EXPECT_PRI ("-9223372036854775808", PRIdMAX, INTMAX_MIN);
  EXPECT_PRI ("-1", PRIdPTR, (intptr_t) -1);
  EXPECT_PRI ("0", PRIuPTR, (uintptr_t) 0);
  EXPECT_PRI ("-1", PRIi64, (int64_t) -1);
  EXPECT_PRI ("FFFFFFFFFFFFFFFF", PRIX64, UINT64_MAX);
  EXPECT_PRI ("ff", PRIxMAX, (uintmax_t) 255);
}
