/* The interpreter: one function that runs the internal code of ir.h.

   Each instruction begins with its handler's address (as an offset from
   the first handler), so moving to the next instruction is one load and
   one indirect jump ("direct threading" with GNU C's computed goto): no
   decoding, no switch.  Operands are frame slots, read through fp.

   The state that changes on every instruction lives in local variables
   (ip, fp, the memory's base and size, the fuel budget) so the compiler
   can keep it in registers; it is written back to the exec only when the
   run stops. */
#include <string.h>
#include "ipwis/wasm/float.h"
#include "ipwis/wasm/internal.h"
#include "ipwis/wasm/ir.h"

/* Operand K of the current instruction: a slot, a word, a jump. */
#define SLOT(k) fp[ip[k]]
#define WORD(k) ((uint32_t) ip[k] | (uint32_t) ip[(k) + 1] << 16)
#define JUMP(k) (ip = ip + (k) + (int32_t) WORD (k))

#define DISPATCH()                                                    \
  do                                                                  \
    {                                                                 \
      int32_t handler_;                                               \
      memcpy (&handler_, ip, sizeof handler_);                        \
      goto *(const void *) ((const char *) &&op_unreachable + handler_); \
    }                                                                 \
  while (0)
#define NEXT(units) do { ip += (units); DISPATCH (); } while (0)

/* Every taken branch and every call costs one unit of fuel. */
#define CHARGE() do { if (unlikely (--fuel < 0)) goto out_of_fuel; } while (0)
#define TRAP(why) do { trap = (why); goto trapped; } while (0)

#define RELOAD_MEMORY()                                               \
  do                                                                  \
    {                                                                 \
      mem = inst->memory->data;                                       \
      mem_size = inst->memory->size;                                  \
    }                                                                 \
  while (0)

/* Binary and unary operations: dst, a[, b]. */
#define BINARY(name, field, expr)                                     \
  op_##name:                                                          \
    {                                                                 \
      __typeof__ (fp->field) a = SLOT (3).field, b = SLOT (4).field;  \
      SLOT (2).field = (expr);                                        \
      NEXT (5);                                                       \
    }
#define COMPARE(name, field, expr)                                    \
  op_##name:                                                          \
    {                                                                 \
      __typeof__ (fp->field) a = SLOT (3).field, b = SLOT (4).field;  \
      SLOT (2).i32 = (expr);                                          \
      NEXT (5);                                                       \
    }
#define UNARY(name, in, out, expr)                                    \
  op_##name:                                                          \
    {                                                                 \
      __typeof__ (fp->in) a = SLOT (3).in;                            \
      SLOT (2).out = (expr);                                          \
      NEXT (4);                                                       \
    }
/* Division and remainder: a zero divisor traps, and so does OVERFLOW. */
#define DIVIDE(name, field, type, overflow, expr)                     \
  op_##name:                                                          \
    {                                                                 \
      type a = (type) SLOT (3).field, b = (type) SLOT (4).field;      \
      if (unlikely (b == 0))                                          \
        TRAP (WASM_TRAP_DIVIDE_BY_ZERO);                              \
      if (unlikely (overflow))                                        \
        TRAP (WASM_TRAP_INTEGER_OVERFLOW);                            \
      SLOT (2).field = (expr);                                        \
      NEXT (5);                                                       \
    }
/* A fused comparison and branch: a, b, jump. */
#define BRANCH_IF(name, expr)                                         \
  op_##name:                                                          \
    {                                                                 \
      uint32_t a = SLOT (2).i32, b = SLOT (3).i32;                    \
      if (expr)                                                       \
        {                                                             \
          CHARGE ();                                                  \
          JUMP (4);                                                   \
          DISPATCH ();                                                \
        }                                                             \
      NEXT (6);                                                       \
    }

/* The effective address of a load or store of WIDTH bytes: address slot
   ADDR, offset word at OFF.  In 64 bits, so the sum cannot wrap. */
#define EFFECTIVE(addr, off, width)                                   \
  ({                                                                  \
    uint64_t ea_ = (uint64_t) SLOT (addr).i32 + WORD (off);           \
    if (unlikely (ea_ + (width) > mem_size))                          \
      TRAP (WASM_TRAP_MEMORY_OUT_OF_BOUNDS);                          \
    mem + (uint32_t) ea_;                                             \
  })
#define LOAD(name, type, field, cast)                                 \
  op_##name:                                                          \
    {                                                                 \
      type v;                                                         \
      memcpy (&v, EFFECTIVE (3, 4, sizeof v), sizeof v);              \
      SLOT (2).field = cast v;                                        \
      NEXT (6);                                                       \
    }
#define STORE(name, type, field)                                      \
  op_##name:                                                          \
    {                                                                 \
      type v = (type) SLOT (3).field;                                 \
      memcpy (EFFECTIVE (2, 4, sizeof v), &v, sizeof v);              \
      NEXT (6);                                                       \
    }
/* Truncation of a float to an integer, which may trap. */
#define TRUNCATE(name, field, source, target)                         \
  op_##name:                                                          \
    {                                                                 \
      uint64_t r;                                                     \
      enum wasm_trap t_ = wasm_f64_to_int (source, target, &r);       \
      if (unlikely (t_ != WASM_TRAP_NONE))                            \
        TRAP (t_);                                                    \
      SLOT (2).field = r;                                             \
      NEXT (4);                                                       \
    }

#define ROTL32(a, k) (((a) << ((k) & 31)) | ((a) >> ((32 - (k)) & 31)))
#define ROTR32(a, k) (((a) >> ((k) & 31)) | ((a) << ((32 - (k)) & 31)))
#define ROTL64(a, k) (((a) << ((k) & 63)) | ((a) >> ((64 - (k)) & 63)))
#define ROTR64(a, k) (((a) >> ((k) & 63)) | ((a) << ((64 - (k)) & 63)))
#define S32(x) ((int32_t) (x))
#define S64(x) ((int64_t) (x))

/* Runs EXEC, or with EXEC NULL returns the handler table in *TABLE. */
static enum wasm_status
run (struct wasm_exec *exec, const int32_t **table)
{
  static const int32_t handlers[IR_OP_COUNT] =
    {
#define HANDLER(code, name, format) [code] = &&op_##name - &&op_unreachable,
      WASM_IR_ALL (HANDLER)
#undef HANDLER
    };
  if (exec == NULL)
    {
      *table = handlers;
      return WASM_DONE;
    }

  const uint16_t *ip = exec->ip;
  union wasm_slot *fp = exec->fp;
  struct wasm_instance *inst = exec->instance;
  uint8_t *mem;
  uint32_t mem_size;
  int32_t fuel = exec->fuel;
  enum wasm_trap trap;
  struct wasm_func *callee;
  union wasm_slot *args;
  RELOAD_MEMORY ();
  DISPATCH ();

op_unreachable:
  TRAP (WASM_TRAP_UNREACHABLE);

  /* Control. */
op_br:
  CHARGE ();
  JUMP (2);
  DISPATCH ();
op_br_if:
  if (SLOT (2).i32)
    {
      CHARGE ();
      JUMP (3);
      DISPATCH ();
    }
  NEXT (5);
op_br_unless:
  if (!SLOT (2).i32)
    {
      CHARGE ();
      JUMP (3);
      DISPATCH ();
    }
  NEXT (5);
  BRANCH_IF (br_eq, a == b)
  BRANCH_IF (br_ne, a != b)
  BRANCH_IF (br_lt_s, S32 (a) < S32 (b))
  BRANCH_IF (br_lt_u, a < b)
  BRANCH_IF (br_gt_s, S32 (a) > S32 (b))
  BRANCH_IF (br_gt_u, a > b)
  BRANCH_IF (br_le_s, S32 (a) <= S32 (b))
  BRANCH_IF (br_le_u, a <= b)
  BRANCH_IF (br_ge_s, S32 (a) >= S32 (b))
  BRANCH_IF (br_ge_u, a >= b)
op_br_table:
  {
    uint32_t index = SLOT (2).i32, count = WORD (3);
    CHARGE ();
    ip += 5 + 2 * (index < count ? index : count);
    JUMP (0);
    DISPATCH ();
  }

op_call:
  callee = inst->funcs[WORD (2)];
  args = fp + ip[4];
  CHARGE ();
  ip += 5;
  goto call;
op_call_indirect:
  {
    uint32_t index = SLOT (5).i32;
    const struct wasm_functype *expected = &inst->module->types[WORD (2)];
    if (unlikely (index >= inst->table->size))
      TRAP (WASM_TRAP_UNDEFINED_ELEMENT);
    callee = inst->table->elements[index];
    if (unlikely (callee == NULL))
      TRAP (WASM_TRAP_UNINITIALIZED_ELEMENT);
    if (callee->type != expected && !wasm_functype_equal (callee->type, expected))
      TRAP (WASM_TRAP_SIGNATURE_MISMATCH);
    args = fp + ip[4];
    CHARGE ();
    ip += 6;
    goto call;
  }
call:
  if (callee->code == NULL)
    {
      trap = callee->host (callee->host_ctx, inst->memory, args);
      if (trap != WASM_TRAP_NONE)
        goto trapped;
      RELOAD_MEMORY ();
      DISPATCH ();
    }
  if (unlikely (exec->call_depth >= exec->call_max
                || !wasm_frame_enter (exec, callee->code, args)))
    TRAP (WASM_TRAP_STACK_EXHAUSTED);
  {
    struct wasm_call_record *record = &exec->calls[exec->call_depth++];
    record->ip = ip;
    record->fp = fp;
    record->instance = inst;
  }
  fp = args;
  if (callee->instance != inst)
    {
      inst = callee->instance;
      RELOAD_MEMORY ();
    }
  ip = callee->code->ir;
  DISPATCH ();

op_ret_value:
  fp[0] = SLOT (2);
op_ret:
  if (exec->call_depth == 0)
    {
      exec->fuel = fuel;
      exec->suspended = false;
      return WASM_DONE;
    }
  {
    struct wasm_call_record *record = &exec->calls[--exec->call_depth];
    ip = record->ip;
    fp = record->fp;
    if (record->instance != inst)
      {
        inst = record->instance;
        RELOAD_MEMORY ();
      }
  }
  DISPATCH ();

  /* Moving values. */
op_copy:
  SLOT (2) = SLOT (3);
  NEXT (4);
op_const64:
  SLOT (2).i64 = WORD (3) | (uint64_t) WORD (5) << 32;
  NEXT (7);
op_select:
  SLOT (2) = SLOT (5).i32 ? SLOT (3) : SLOT (4);
  NEXT (6);
op_global_get:
  SLOT (2) = inst->globals[WORD (3)]->value;
  NEXT (5);
op_global_set:
  inst->globals[WORD (3)]->value = SLOT (2);
  NEXT (5);

  /* Memory. */
op_memory_size:
  SLOT (2).i32 = inst->memory->pages;
  NEXT (3);
op_memory_grow:
  SLOT (2).i32 = (uint32_t) wasm_memory_grow (inst->memory, SLOT (3).i32);
  RELOAD_MEMORY ();
  NEXT (4);
  LOAD (i32_load, uint32_t, i32, )
  LOAD (i64_load, uint64_t, i64, )
  LOAD (f32_load, uint32_t, i32, )
  LOAD (f64_load, uint64_t, i64, )
  LOAD (i32_load8_s, int8_t, i32, (uint32_t) (int32_t))
  LOAD (i32_load8_u, uint8_t, i32, (uint32_t))
  LOAD (i32_load16_s, int16_t, i32, (uint32_t) (int32_t))
  LOAD (i32_load16_u, uint16_t, i32, (uint32_t))
  LOAD (i64_load8_s, int8_t, i64, (uint64_t) (int64_t))
  LOAD (i64_load8_u, uint8_t, i64, (uint64_t))
  LOAD (i64_load16_s, int16_t, i64, (uint64_t) (int64_t))
  LOAD (i64_load16_u, uint16_t, i64, (uint64_t))
  LOAD (i64_load32_s, int32_t, i64, (uint64_t) (int64_t))
  LOAD (i64_load32_u, uint32_t, i64, (uint64_t))
  STORE (i32_store, uint32_t, i32)
  STORE (i64_store, uint64_t, i64)
  STORE (f32_store, uint32_t, i32)
  STORE (f64_store, uint64_t, i64)
  STORE (i32_store8, uint8_t, i32)
  STORE (i32_store16, uint16_t, i32)
  STORE (i64_store8, uint8_t, i64)
  STORE (i64_store16, uint16_t, i64)
  STORE (i64_store32, uint32_t, i64)

  /* i32. */
  UNARY (i32_eqz, i32, i32, a == 0)
  COMPARE (i32_eq, i32, a == b)
  COMPARE (i32_ne, i32, a != b)
  COMPARE (i32_lt_s, i32, S32 (a) < S32 (b))
  COMPARE (i32_lt_u, i32, a < b)
  COMPARE (i32_gt_s, i32, S32 (a) > S32 (b))
  COMPARE (i32_gt_u, i32, a > b)
  COMPARE (i32_le_s, i32, S32 (a) <= S32 (b))
  COMPARE (i32_le_u, i32, a <= b)
  COMPARE (i32_ge_s, i32, S32 (a) >= S32 (b))
  COMPARE (i32_ge_u, i32, a >= b)
  UNARY (i32_clz, i32, i32, a ? (uint32_t) __builtin_clz (a) : 32)
  UNARY (i32_ctz, i32, i32, a ? (uint32_t) __builtin_ctz (a) : 32)
  UNARY (i32_popcnt, i32, i32, (uint32_t) __builtin_popcount (a))
  BINARY (i32_add, i32, a + b)
  BINARY (i32_sub, i32, a - b)
  BINARY (i32_mul, i32, a * b)
  DIVIDE (i32_div_s, i32, int32_t, a == INT32_MIN && b == -1, (uint32_t) (a / b))
  DIVIDE (i32_div_u, i32, uint32_t, false, a / b)
  DIVIDE (i32_rem_s, i32, int32_t, false, b == -1 ? 0 : (uint32_t) (a % b))
  DIVIDE (i32_rem_u, i32, uint32_t, false, a % b)
  BINARY (i32_and, i32, a & b)
  BINARY (i32_or, i32, a | b)
  BINARY (i32_xor, i32, a ^ b)
  BINARY (i32_shl, i32, a << (b & 31))
  BINARY (i32_shr_s, i32, (uint32_t) (S32 (a) >> (b & 31)))
  BINARY (i32_shr_u, i32, a >> (b & 31))
  BINARY (i32_rotl, i32, ROTL32 (a, b))
  BINARY (i32_rotr, i32, ROTR32 (a, b))

  /* i64. */
  UNARY (i64_eqz, i64, i32, a == 0)
  COMPARE (i64_eq, i64, a == b)
  COMPARE (i64_ne, i64, a != b)
  COMPARE (i64_lt_s, i64, S64 (a) < S64 (b))
  COMPARE (i64_lt_u, i64, a < b)
  COMPARE (i64_gt_s, i64, S64 (a) > S64 (b))
  COMPARE (i64_gt_u, i64, a > b)
  COMPARE (i64_le_s, i64, S64 (a) <= S64 (b))
  COMPARE (i64_le_u, i64, a <= b)
  COMPARE (i64_ge_s, i64, S64 (a) >= S64 (b))
  COMPARE (i64_ge_u, i64, a >= b)
  UNARY (i64_clz, i64, i64, a ? (uint64_t) __builtin_clzll (a) : 64)
  UNARY (i64_ctz, i64, i64, a ? (uint64_t) __builtin_ctzll (a) : 64)
  UNARY (i64_popcnt, i64, i64, (uint64_t) __builtin_popcountll (a))
  BINARY (i64_add, i64, a + b)
  BINARY (i64_sub, i64, a - b)
  BINARY (i64_mul, i64, a * b)
  DIVIDE (i64_div_s, i64, int64_t, a == INT64_MIN && b == -1, (uint64_t) (a / b))
  DIVIDE (i64_div_u, i64, uint64_t, false, a / b)
  DIVIDE (i64_rem_s, i64, int64_t, false, b == -1 ? 0 : (uint64_t) (a % b))
  DIVIDE (i64_rem_u, i64, uint64_t, false, a % b)
  BINARY (i64_and, i64, a & b)
  BINARY (i64_or, i64, a | b)
  BINARY (i64_xor, i64, a ^ b)
  BINARY (i64_shl, i64, a << (b & 63))
  BINARY (i64_shr_s, i64, (uint64_t) (S64 (a) >> (b & 63)))
  BINARY (i64_shr_u, i64, a >> (b & 63))
  BINARY (i64_rotl, i64, ROTL64 (a, b))
  BINARY (i64_rotr, i64, ROTR64 (a, b))

  /* f32 and f64: the sign operations are bit operations; the rest is
     float.c's. */
  COMPARE (f32_eq, i32, wasm_f32_compare (WASM_FEQ, a, b))
  COMPARE (f32_ne, i32, wasm_f32_compare (WASM_FNE, a, b))
  COMPARE (f32_lt, i32, wasm_f32_compare (WASM_FLT, a, b))
  COMPARE (f32_gt, i32, wasm_f32_compare (WASM_FGT, a, b))
  COMPARE (f32_le, i32, wasm_f32_compare (WASM_FLE, a, b))
  COMPARE (f32_ge, i32, wasm_f32_compare (WASM_FGE, a, b))
  COMPARE (f64_eq, i64, wasm_f64_compare (WASM_FEQ, a, b))
  COMPARE (f64_ne, i64, wasm_f64_compare (WASM_FNE, a, b))
  COMPARE (f64_lt, i64, wasm_f64_compare (WASM_FLT, a, b))
  COMPARE (f64_gt, i64, wasm_f64_compare (WASM_FGT, a, b))
  COMPARE (f64_le, i64, wasm_f64_compare (WASM_FLE, a, b))
  COMPARE (f64_ge, i64, wasm_f64_compare (WASM_FGE, a, b))
  UNARY (f32_abs, i32, i32, a & 0x7fffffffu)
  UNARY (f32_neg, i32, i32, a ^ 0x80000000u)
  UNARY (f32_ceil, i32, i32, wasm_f32_ceil (a))
  UNARY (f32_floor, i32, i32, wasm_f32_floor (a))
  UNARY (f32_trunc, i32, i32, wasm_f32_trunc (a))
  UNARY (f32_nearest, i32, i32, wasm_f32_nearest (a))
  UNARY (f32_sqrt, i32, i32, wasm_f32_sqrt (a))
  BINARY (f32_add, i32, wasm_f32_add (a, b))
  BINARY (f32_sub, i32, wasm_f32_sub (a, b))
  BINARY (f32_mul, i32, wasm_f32_mul (a, b))
  BINARY (f32_div, i32, wasm_f32_div (a, b))
  BINARY (f32_min, i32, wasm_f32_min (a, b))
  BINARY (f32_max, i32, wasm_f32_max (a, b))
  BINARY (f32_copysign, i32, (a & 0x7fffffffu) | (b & 0x80000000u))
  UNARY (f64_abs, i64, i64, a & 0x7fffffffffffffffull)
  UNARY (f64_neg, i64, i64, a ^ 0x8000000000000000ull)
  UNARY (f64_ceil, i64, i64, wasm_f64_ceil (a))
  UNARY (f64_floor, i64, i64, wasm_f64_floor (a))
  UNARY (f64_trunc, i64, i64, wasm_f64_trunc (a))
  UNARY (f64_nearest, i64, i64, wasm_f64_nearest (a))
  UNARY (f64_sqrt, i64, i64, wasm_f64_sqrt (a))
  BINARY (f64_add, i64, wasm_f64_add (a, b))
  BINARY (f64_sub, i64, wasm_f64_sub (a, b))
  BINARY (f64_mul, i64, wasm_f64_mul (a, b))
  BINARY (f64_div, i64, wasm_f64_div (a, b))
  BINARY (f64_min, i64, wasm_f64_min (a, b))
  BINARY (f64_max, i64, wasm_f64_max (a, b))
  BINARY (f64_copysign, i64, (a & 0x7fffffffffffffffull) | (b & 0x8000000000000000ull))

  /* Conversions. */
  TRUNCATE (i32_trunc_f32_s, i32, wasm_f32_promote (SLOT (3).i32), WASM_TO_I32_S)
  TRUNCATE (i32_trunc_f32_u, i32, wasm_f32_promote (SLOT (3).i32), WASM_TO_I32_U)
  TRUNCATE (i32_trunc_f64_s, i32, SLOT (3).i64, WASM_TO_I32_S)
  TRUNCATE (i32_trunc_f64_u, i32, SLOT (3).i64, WASM_TO_I32_U)
  TRUNCATE (i64_trunc_f32_s, i64, wasm_f32_promote (SLOT (3).i32), WASM_TO_I64_S)
  TRUNCATE (i64_trunc_f32_u, i64, wasm_f32_promote (SLOT (3).i32), WASM_TO_I64_U)
  TRUNCATE (i64_trunc_f64_s, i64, SLOT (3).i64, WASM_TO_I64_S)
  TRUNCATE (i64_trunc_f64_u, i64, SLOT (3).i64, WASM_TO_I64_U)
  UNARY (i64_extend_i32_s, i32, i64, (uint64_t) (int64_t) S32 (a))
  UNARY (i64_extend_i32_u, i32, i64, (uint64_t) a)
  UNARY (f32_convert_i32_s, i32, i32, wasm_f32_from_int ((uint64_t) (int64_t) S32 (a), true))
  UNARY (f32_convert_i32_u, i32, i32, wasm_f32_from_int (a, false))
  UNARY (f32_convert_i64_s, i64, i32, wasm_f32_from_int (a, true))
  UNARY (f32_convert_i64_u, i64, i32, wasm_f32_from_int (a, false))
  UNARY (f32_demote_f64, i64, i32, wasm_f64_demote (a))
  UNARY (f64_convert_i32_s, i32, i64, wasm_f64_from_int ((uint64_t) (int64_t) S32 (a), true))
  UNARY (f64_convert_i32_u, i32, i64, wasm_f64_from_int (a, false))
  UNARY (f64_convert_i64_s, i64, i64, wasm_f64_from_int (a, true))
  UNARY (f64_convert_i64_u, i64, i64, wasm_f64_from_int (a, false))
  UNARY (f64_promote_f32, i32, i64, wasm_f32_promote (a))

out_of_fuel:
  if (exec->fuel_reserve > 0)
    {
      /* More fuel in reserve: refill and take the branch again. */
      int64_t chunk = exec->fuel_reserve < (1 << 30) ? exec->fuel_reserve
                                                     : (1 << 30);
      exec->fuel_reserve -= chunk;
      fuel = (int32_t) chunk;
      DISPATCH ();
    }
  exec->fuel = 0;
  exec->suspended = true;
  exec->ip = ip;
  exec->fp = fp;
  exec->instance = inst;
  return WASM_OUT_OF_FUEL;

trapped:
  exec->trap = trap;
  exec->fuel = fuel < 0 ? 0 : fuel;
  exec->call_depth = 0;
  exec->suspended = false;
  return trap == WASM_TRAP_EXIT ? WASM_EXITED : WASM_TRAPPED;
}

enum wasm_status
wasm_interp_run (struct wasm_exec *exec)
{
  return run (exec, NULL);
}

const int32_t *
wasm_interp_handlers (void)
{
  const int32_t *table;
  run (NULL, &table);
  return table;
}
