/* Rounding an integer to a multiple of a step, e.g. a size to whole pages. */
#ifndef LIB_ROUND_H
#define LIB_ROUND_H

/* X rounded up to the nearest multiple of STEP (X >= 0, STEP >= 1). */
#define ROUND_UP(X, STEP) (((X) + (STEP) - 1) / (STEP) * (STEP))

/* How many STEP-sized pieces it takes to hold X (X >= 0, STEP >= 1). */
#define DIV_ROUND_UP(X, STEP) (((X) + (STEP) - 1) / (STEP))

/* X rounded down to the nearest multiple of STEP (X >= 0, STEP >= 1). */
#define ROUND_DOWN(X, STEP) ((X) / (STEP) * (STEP))

#endif /* lib/round.h */
