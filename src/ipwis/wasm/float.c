/* The arithmetic of float.h.  Addition, multiplication, division, square
   root, comparisons and conversions between f32 and f64 are single SSE2
   instructions, which round exactly as IEEE 754 says.  What the
   instruction set lacks on i386 (rounding to an integer, min and max with
   the specification's treatment of NaN and zero signs, conversions
   to and from 64-bit integers) is built here from exact steps, so no
   result is rounded twice. */
#include "ipwis/wasm/float.h"
#include <string.h>

#define ALWAYS_INLINE static inline __attribute__ ((always_inline))

#define F32_SIGN 0x80000000u
#define F32_QUIET 0x00400000u
#define F64_SIGN 0x8000000000000000ull
#define F64_QUIET 0x0008000000000000ull

ALWAYS_INLINE float
f32 (uint32_t bits)
{
  float f;
  memcpy (&f, &bits, sizeof f);
  return f;
}

ALWAYS_INLINE uint32_t
f32_bits (float f)
{
  uint32_t bits;
  memcpy (&bits, &f, sizeof bits);
  return bits;
}

ALWAYS_INLINE double
f64 (uint64_t bits)
{
  double d;
  memcpy (&d, &bits, sizeof d);
  return d;
}

ALWAYS_INLINE uint64_t
f64_bits (double d)
{
  uint64_t bits;
  memcpy (&bits, &d, sizeof bits);
  return bits;
}

ALWAYS_INLINE bool
f32_is_nan (uint32_t bits)
{
  return (bits & ~F32_SIGN) > 0x7f800000u;
}

ALWAYS_INLINE bool
f64_is_nan (uint64_t bits)
{
  return (bits & ~F64_SIGN) > 0x7ff0000000000000ull;
}

uint32_t wasm_f32_add (uint32_t a, uint32_t b) { return f32_bits (f32 (a) + f32 (b)); }
uint32_t wasm_f32_sub (uint32_t a, uint32_t b) { return f32_bits (f32 (a) - f32 (b)); }
uint32_t wasm_f32_mul (uint32_t a, uint32_t b) { return f32_bits (f32 (a) * f32 (b)); }
uint32_t wasm_f32_div (uint32_t a, uint32_t b) { return f32_bits (f32 (a) / f32 (b)); }
uint64_t wasm_f64_add (uint64_t a, uint64_t b) { return f64_bits (f64 (a) + f64 (b)); }
uint64_t wasm_f64_sub (uint64_t a, uint64_t b) { return f64_bits (f64 (a) - f64 (b)); }
uint64_t wasm_f64_mul (uint64_t a, uint64_t b) { return f64_bits (f64 (a) * f64 (b)); }
uint64_t wasm_f64_div (uint64_t a, uint64_t b) { return f64_bits (f64 (a) / f64 (b)); }

/* The square root instructions themselves, so that no compiler flag can
   turn them into a call to the C library's sqrt. */
uint32_t
wasm_f32_sqrt (uint32_t a)
{
  float x = f32 (a), r;
  __asm__ ("sqrtss %1, %0" : "=x" (r) : "x" (x));
  return f32_bits (r);
}

uint64_t
wasm_f64_sqrt (uint64_t a)
{
  double x = f64 (a), r;
  __asm__ ("sqrtsd %1, %0" : "=x" (r) : "x" (x));
  return f64_bits (r);
}

/* min and max: NaN if either is (quieted, keeping its payload, as the
   specification allows); -0 is below +0.  An f32 is done as an f64:
   widening and narrowing back are exact for every value but NaN. */
uint64_t
wasm_f64_min (uint64_t a, uint64_t b)
{
  if (f64_is_nan (a) || f64_is_nan (b))
    return (f64_is_nan (a) ? a : b) | F64_QUIET;
  if (f64 (a) == f64 (b))
    return a | b;               /* equal: only zeros differ, in sign */
  return f64 (a) < f64 (b) ? a : b;
}

uint64_t
wasm_f64_max (uint64_t a, uint64_t b)
{
  if (f64_is_nan (a) || f64_is_nan (b))
    return (f64_is_nan (a) ? a : b) | F64_QUIET;
  if (f64 (a) == f64 (b))
    return a & b;
  return f64 (a) > f64 (b) ? a : b;
}

uint32_t
wasm_f32_min (uint32_t a, uint32_t b)
{
  if (f32_is_nan (a) || f32_is_nan (b))
    return (f32_is_nan (a) ? a : b) | F32_QUIET;
  return wasm_f64_demote (wasm_f64_min (wasm_f32_promote (a), wasm_f32_promote (b)));
}

uint32_t
wasm_f32_max (uint32_t a, uint32_t b)
{
  if (f32_is_nan (a) || f32_is_nan (b))
    return (f32_is_nan (a) ? a : b) | F32_QUIET;
  return wasm_f64_demote (wasm_f64_max (wasm_f32_promote (a), wasm_f32_promote (b)));
}

/* Rounding to an integral value.  Beyond 2^52 every f64 is already
   integral.  Below, adding and subtracting 2^52 rounds
   to the nearest integer, ties to even, in the default rounding mode;
   floor, ceil and trunc then correct by one.  The result always has the
   argument's sign (ceil (-0.5) is -0). */
enum rounding { NEAREST, FLOOR, CEIL, TRUNC };

static uint64_t
f64_round (uint64_t bits, enum rounding mode)
{
  if (f64_is_nan (bits))
    return bits | F64_QUIET;
  uint64_t sign = bits & F64_SIGN;
  double x = f64 (bits & ~F64_SIGN);            /* |x| */
  if (!(x < 4503599627370496.0))
    return bits;
  double t = (x + 4503599627370496.0) - 4503599627370496.0;
  bool negative = sign != 0;
  if (mode == TRUNC)
    mode = FLOOR;                               /* of |x| */
  else if (negative && mode != NEAREST)
    mode = mode == FLOOR ? CEIL : FLOOR;        /* of |x| */
  if (mode == FLOOR && t > x)
    t -= 1.0;
  else if (mode == CEIL && t < x)
    t += 1.0;
  return f64_bits (t) | sign;
}

/* An f32 is rounded as an f64: exact both ways, since the result is an
   integer no larger than the argument, and a NaN keeps its payload. */
static uint32_t
f32_round (uint32_t bits, enum rounding mode)
{
  return wasm_f64_demote (f64_round (wasm_f32_promote (bits), mode));
}

uint32_t wasm_f32_ceil (uint32_t a) { return f32_round (a, CEIL); }
uint32_t wasm_f32_floor (uint32_t a) { return f32_round (a, FLOOR); }
uint32_t wasm_f32_trunc (uint32_t a) { return f32_round (a, TRUNC); }
uint32_t wasm_f32_nearest (uint32_t a) { return f32_round (a, NEAREST); }
uint64_t wasm_f64_ceil (uint64_t a) { return f64_round (a, CEIL); }
uint64_t wasm_f64_floor (uint64_t a) { return f64_round (a, FLOOR); }
uint64_t wasm_f64_trunc (uint64_t a) { return f64_round (a, TRUNC); }
uint64_t wasm_f64_nearest (uint64_t a) { return f64_round (a, NEAREST); }

uint32_t
wasm_f64_compare (enum wasm_float_cmp cmp, uint64_t a, uint64_t b)
{
  double x = f64 (a), y = f64 (b);
  switch (cmp)
    {
    case WASM_FEQ: return x == y;
    case WASM_FNE: return x != y;
    case WASM_FLT: return x < y;
    case WASM_FGT: return x > y;
    case WASM_FLE: return x <= y;
    default: return x >= y;
    }
}

/* An f32 comparison is the same on the two values widened. */
uint32_t
wasm_f32_compare (enum wasm_float_cmp cmp, uint32_t a, uint32_t b)
{
  return wasm_f64_compare (cmp, wasm_f32_promote (a), wasm_f32_promote (b));
}

uint64_t
wasm_f32_promote (uint32_t a)
{
  return f64_bits ((double) f32 (a));
}

uint32_t
wasm_f64_demote (uint64_t a)
{
  return f32_bits ((float) f64 (a));
}

/* The integer part of |BITS|, which is below 2^64, from its fields. */
static uint64_t
f64_truncated_magnitude (uint64_t bits)
{
  int exponent = (int) ((bits >> 52) & 0x7ff) - 1075;
  uint64_t mantissa = (bits & 0xfffffffffffffull) | 0x10000000000000ull;
  if ((bits & ~F64_SIGN) < 0x3ff0000000000000ull)
    return 0;                                   /* |x| < 1 */
  return exponent >= 0 ? mantissa << exponent : mantissa >> -exponent;
}

enum wasm_trap
wasm_f64_to_int (uint64_t bits, enum wasm_int_target target, uint64_t *out)
{
  /* Exclusive bounds of each target's range. */
  static const double below[] = { -2147483649.0, -1.0,
                                  -9223372036854777856.0, -1.0 };
  static const double above[] = { 2147483648.0, 4294967296.0,
                                  9223372036854775808.0,
                                  18446744073709551616.0 };
  if (f64_is_nan (bits))
    return WASM_TRAP_INVALID_CONVERSION;
  double x = f64 (bits);
  if (!(x > below[target] && x < above[target]))
    return WASM_TRAP_INTEGER_OVERFLOW;
  uint64_t magnitude = f64_truncated_magnitude (bits);
  *out = (bits & F64_SIGN) ? 0 - magnitude : magnitude;
  return WASM_TRAP_NONE;
}

/* An unsigned 32-bit integer, exactly, without x87 conversions. */
ALWAYS_INLINE double
u32_to_f64 (uint32_t v)
{
  return (double) (int32_t) (v ^ 0x80000000u) + 2147483648.0;
}

/* HIGH * 2^32 + LOW: both terms exact, so the sum is rounded once. */
ALWAYS_INLINE double
u64_to_f64 (uint64_t v)
{
  return u32_to_f64 ((uint32_t) (v >> 32)) * 4294967296.0
         + u32_to_f64 ((uint32_t) v);
}

uint64_t
wasm_f64_from_int (uint64_t v, bool is_signed)
{
  bool negative = is_signed && (int64_t) v < 0;
  double d = u64_to_f64 (negative ? 0 - v : v);
  return f64_bits (negative ? -d : d);
}

uint32_t
wasm_f32_from_int (uint64_t v, bool is_signed)
{
  bool negative = is_signed && (int64_t) v < 0;
  uint64_t magnitude = negative ? 0 - v : v;
  double d;
  if (magnitude < (1ull << 53))
    d = u64_to_f64 (magnitude);                 /* exact */
  else
    {
      /* Keep 53 bits, folding the rest into a sticky bit below f32's
         rounding position: the one rounding to f32 then sees the same
         value as if it had all 64 bits. */
      uint64_t kept = (magnitude >> 11) | ((magnitude & 0x7ff) != 0);
      d = u64_to_f64 (kept) * 2048.0;
    }
  float f = (float) d;
  return f32_bits (negative ? -f : f);
}
