/* Fixed-point numbers for the advanced scheduler, which needs fractions
   (load_avg, recent_cpu) but runs in a kernel that never uses the FPU.

   A fixed_point holds a real number x as the integer x * 2^14 in 32 bits:
   17 bits before the binary point (sign included) and 14 after, so values
   up to about +-131071 with a resolution of 1/16384. It is a struct, not
   a bare int, so that the compiler refuses to mix it up with an integer:
   every conversion is one of the calls below. */
#ifdef SOLUTION_THREADS
#ifndef THREADS_FIXED_POINT_H
#define THREADS_FIXED_POINT_H

#include <stdint.h>

typedef struct
  {
    int32_t raw;                /* The value times FP_ONE. */
  } fixed_point;

#define FP_FRACTION_BITS 14
#define FP_ONE (1 << FP_FRACTION_BITS)

static inline fixed_point fp_from_int (int n)
{
  return (fixed_point) { n * FP_ONE };
}

/* X rounded toward zero, as C's integer division does. */
static inline int fp_to_int_trunc (fixed_point x)
{
  return x.raw / FP_ONE;
}

/* X rounded to the nearest integer, halves away from zero. */
static inline int fp_to_int_round (fixed_point x)
{
  return x.raw >= 0 ? (x.raw + FP_ONE / 2) / FP_ONE : (x.raw - FP_ONE / 2) / FP_ONE;
}

static inline fixed_point fp_add (fixed_point x, fixed_point y)
{
  return (fixed_point) { x.raw + y.raw };
}

static inline fixed_point fp_add_int (fixed_point x, int n)
{
  return (fixed_point) { x.raw + n * FP_ONE };
}

static inline fixed_point fp_mul_int (fixed_point x, int n)
{
  return (fixed_point) { x.raw * n };
}

static inline fixed_point fp_div_int (fixed_point x, int n)
{
  return (fixed_point) { x.raw / n };
}

/* The product of two scaled values carries the scale twice, so it is
   formed in 64 bits and divided back once. */
static inline fixed_point fp_mul (fixed_point x, fixed_point y)
{
  return (fixed_point) { (int32_t) ((int64_t) x.raw * y.raw / FP_ONE) };
}

/* Scales X up once more before dividing, so the quotient keeps its
   fraction bits. */
static inline fixed_point fp_div (fixed_point x, fixed_point y)
{
  return (fixed_point) { (int32_t) ((int64_t) x.raw * FP_ONE / y.raw) };
}

#endif /* threads/fixed-point.h */
#endif /* SOLUTION_THREADS */
