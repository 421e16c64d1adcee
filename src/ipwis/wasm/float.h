/* Floating-point arithmetic with the exact IEEE 754 results that the
   WebAssembly specification prescribes.  Values go in and out as bit
   patterns (f32 in a uint32_t, f64 in a uint64_t), so no other file of
   the engine ever holds a float: only float.c needs an FPU, and it must
   be compiled with SSE2 (-msse2 -mfpmath=sse on i386), never x87, whose
   80-bit registers round twice and quiet signalling NaNs. */
#ifndef IPWIS_WASM_FLOAT_H
#define IPWIS_WASM_FLOAT_H

#include <stdbool.h>
#include <stdint.h>
#include "ipwis/wasm/wasm.h"

uint32_t wasm_f32_add (uint32_t, uint32_t);
uint32_t wasm_f32_sub (uint32_t, uint32_t);
uint32_t wasm_f32_mul (uint32_t, uint32_t);
uint32_t wasm_f32_div (uint32_t, uint32_t);
uint32_t wasm_f32_min (uint32_t, uint32_t);
uint32_t wasm_f32_max (uint32_t, uint32_t);
uint32_t wasm_f32_sqrt (uint32_t);
uint32_t wasm_f32_ceil (uint32_t);
uint32_t wasm_f32_floor (uint32_t);
uint32_t wasm_f32_trunc (uint32_t);
uint32_t wasm_f32_nearest (uint32_t);
/* Comparisons: 1 or 0.  CMP is the wasm opcode's order: eq ne lt gt le ge. */
enum wasm_float_cmp { WASM_FEQ, WASM_FNE, WASM_FLT, WASM_FGT, WASM_FLE, WASM_FGE };
uint32_t wasm_f32_compare (enum wasm_float_cmp, uint32_t, uint32_t);

uint64_t wasm_f64_add (uint64_t, uint64_t);
uint64_t wasm_f64_sub (uint64_t, uint64_t);
uint64_t wasm_f64_mul (uint64_t, uint64_t);
uint64_t wasm_f64_div (uint64_t, uint64_t);
uint64_t wasm_f64_min (uint64_t, uint64_t);
uint64_t wasm_f64_max (uint64_t, uint64_t);
uint64_t wasm_f64_sqrt (uint64_t);
uint64_t wasm_f64_ceil (uint64_t);
uint64_t wasm_f64_floor (uint64_t);
uint64_t wasm_f64_trunc (uint64_t);
uint64_t wasm_f64_nearest (uint64_t);
uint32_t wasm_f64_compare (enum wasm_float_cmp, uint64_t, uint64_t);

/* Conversions.  Truncation to an integer traps on NaN and on values out
   of the target's range; TARGET says which. */
enum wasm_int_target { WASM_TO_I32_S, WASM_TO_I32_U, WASM_TO_I64_S, WASM_TO_I64_U };
enum wasm_trap wasm_f64_to_int (uint64_t, enum wasm_int_target, uint64_t *);
uint64_t wasm_f32_promote (uint32_t);
uint32_t wasm_f64_demote (uint64_t);
/* An integer (I32 ones sign- or zero-extended first), rounded once. */
uint32_t wasm_f32_from_int (uint64_t, bool is_signed);
uint64_t wasm_f64_from_int (uint64_t, bool is_signed);

#endif /* ipwis/wasm/float.h */
