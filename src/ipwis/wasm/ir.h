/* The internal code that compile.c translates each function into and
   interp.c runs.  It is a stream of 16-bit units.  An instruction is the
   handler's address (2 units: an offset from the interpreter's first
   handler) followed by its operands:

     S    a slot: an index into the frame, whose slots are 8 bytes each
     W    a 32-bit word in 2 units (low half first): an offset, an index
     J    a jump: a signed 32-bit count of units, from the instruction's
          first unit to the target's
     Q    a 64-bit constant in 4 units

   Operands never refer to a "stack": wasm's operand stack is resolved
   at load time into frame slots, so `local.get 1; local.get 2; i32.add;
   local.set 3` becomes the one instruction i32_add [3] [1] [2].

   Numeric and memory instructions keep their wasm opcode as their
   number; those only the internal code has start at 0xc0. */
#ifndef IPWIS_WASM_IR_H
#define IPWIS_WASM_IR_H

/* X (opcode, name, format).  Formats: DAB: dst, a, b; DA: dst, a;
   LOAD: dst, address, W offset; STORE: address, value, W offset. */
#define WASM_IR_MEMORY(X) \
  X (0x28, i32_load, LOAD) X (0x29, i64_load, LOAD) \
  X (0x2a, f32_load, LOAD) X (0x2b, f64_load, LOAD) \
  X (0x2c, i32_load8_s, LOAD) X (0x2d, i32_load8_u, LOAD) \
  X (0x2e, i32_load16_s, LOAD) X (0x2f, i32_load16_u, LOAD) \
  X (0x30, i64_load8_s, LOAD) X (0x31, i64_load8_u, LOAD) \
  X (0x32, i64_load16_s, LOAD) X (0x33, i64_load16_u, LOAD) \
  X (0x34, i64_load32_s, LOAD) X (0x35, i64_load32_u, LOAD) \
  X (0x36, i32_store, STORE) X (0x37, i64_store, STORE) \
  X (0x38, f32_store, STORE) X (0x39, f64_store, STORE) \
  X (0x3a, i32_store8, STORE) X (0x3b, i32_store16, STORE) \
  X (0x3c, i64_store8, STORE) X (0x3d, i64_store16, STORE) \
  X (0x3e, i64_store32, STORE)

/* Numeric instructions that do work (i32.wrap_i64 and the reinterprets
   only relabel a slot, so they have no handler). */
#define WASM_IR_NUMERIC(X) \
  X (0x45, i32_eqz, DA) X (0x46, i32_eq, DAB) X (0x47, i32_ne, DAB) \
  X (0x48, i32_lt_s, DAB) X (0x49, i32_lt_u, DAB) X (0x4a, i32_gt_s, DAB) \
  X (0x4b, i32_gt_u, DAB) X (0x4c, i32_le_s, DAB) X (0x4d, i32_le_u, DAB) \
  X (0x4e, i32_ge_s, DAB) X (0x4f, i32_ge_u, DAB) \
  X (0x50, i64_eqz, DA) X (0x51, i64_eq, DAB) X (0x52, i64_ne, DAB) \
  X (0x53, i64_lt_s, DAB) X (0x54, i64_lt_u, DAB) X (0x55, i64_gt_s, DAB) \
  X (0x56, i64_gt_u, DAB) X (0x57, i64_le_s, DAB) X (0x58, i64_le_u, DAB) \
  X (0x59, i64_ge_s, DAB) X (0x5a, i64_ge_u, DAB) \
  X (0x5b, f32_eq, DAB) X (0x5c, f32_ne, DAB) X (0x5d, f32_lt, DAB) \
  X (0x5e, f32_gt, DAB) X (0x5f, f32_le, DAB) X (0x60, f32_ge, DAB) \
  X (0x61, f64_eq, DAB) X (0x62, f64_ne, DAB) X (0x63, f64_lt, DAB) \
  X (0x64, f64_gt, DAB) X (0x65, f64_le, DAB) X (0x66, f64_ge, DAB) \
  X (0x67, i32_clz, DA) X (0x68, i32_ctz, DA) X (0x69, i32_popcnt, DA) \
  X (0x6a, i32_add, DAB) X (0x6b, i32_sub, DAB) X (0x6c, i32_mul, DAB) \
  X (0x6d, i32_div_s, DAB) X (0x6e, i32_div_u, DAB) \
  X (0x6f, i32_rem_s, DAB) X (0x70, i32_rem_u, DAB) \
  X (0x71, i32_and, DAB) X (0x72, i32_or, DAB) X (0x73, i32_xor, DAB) \
  X (0x74, i32_shl, DAB) X (0x75, i32_shr_s, DAB) X (0x76, i32_shr_u, DAB) \
  X (0x77, i32_rotl, DAB) X (0x78, i32_rotr, DAB) \
  X (0x79, i64_clz, DA) X (0x7a, i64_ctz, DA) X (0x7b, i64_popcnt, DA) \
  X (0x7c, i64_add, DAB) X (0x7d, i64_sub, DAB) X (0x7e, i64_mul, DAB) \
  X (0x7f, i64_div_s, DAB) X (0x80, i64_div_u, DAB) \
  X (0x81, i64_rem_s, DAB) X (0x82, i64_rem_u, DAB) \
  X (0x83, i64_and, DAB) X (0x84, i64_or, DAB) X (0x85, i64_xor, DAB) \
  X (0x86, i64_shl, DAB) X (0x87, i64_shr_s, DAB) X (0x88, i64_shr_u, DAB) \
  X (0x89, i64_rotl, DAB) X (0x8a, i64_rotr, DAB) \
  X (0x8b, f32_abs, DA) X (0x8c, f32_neg, DA) X (0x8d, f32_ceil, DA) \
  X (0x8e, f32_floor, DA) X (0x8f, f32_trunc, DA) X (0x90, f32_nearest, DA) \
  X (0x91, f32_sqrt, DA) X (0x92, f32_add, DAB) X (0x93, f32_sub, DAB) \
  X (0x94, f32_mul, DAB) X (0x95, f32_div, DAB) X (0x96, f32_min, DAB) \
  X (0x97, f32_max, DAB) X (0x98, f32_copysign, DAB) \
  X (0x99, f64_abs, DA) X (0x9a, f64_neg, DA) X (0x9b, f64_ceil, DA) \
  X (0x9c, f64_floor, DA) X (0x9d, f64_trunc, DA) X (0x9e, f64_nearest, DA) \
  X (0x9f, f64_sqrt, DA) X (0xa0, f64_add, DAB) X (0xa1, f64_sub, DAB) \
  X (0xa2, f64_mul, DAB) X (0xa3, f64_div, DAB) X (0xa4, f64_min, DAB) \
  X (0xa5, f64_max, DAB) X (0xa6, f64_copysign, DAB) \
  X (0xa8, i32_trunc_f32_s, DA) X (0xa9, i32_trunc_f32_u, DA) \
  X (0xaa, i32_trunc_f64_s, DA) X (0xab, i32_trunc_f64_u, DA) \
  X (0xac, i64_extend_i32_s, DA) X (0xad, i64_extend_i32_u, DA) \
  X (0xae, i64_trunc_f32_s, DA) X (0xaf, i64_trunc_f32_u, DA) \
  X (0xb0, i64_trunc_f64_s, DA) X (0xb1, i64_trunc_f64_u, DA) \
  X (0xb2, f32_convert_i32_s, DA) X (0xb3, f32_convert_i32_u, DA) \
  X (0xb4, f32_convert_i64_s, DA) X (0xb5, f32_convert_i64_u, DA) \
  X (0xb6, f32_demote_f64, DA) X (0xb7, f64_convert_i32_s, DA) \
  X (0xb8, f64_convert_i32_u, DA) X (0xb9, f64_convert_i64_s, DA) \
  X (0xba, f64_convert_i64_u, DA) X (0xbb, f64_promote_f32, DA)

/* Instructions of the internal code alone.  Formats:
     unreachable                     trap
     br J                            jump
     br_if S J, br_unless S J        jump if the i32 in S is (not) zero
     br_eq..br_ge_u S S J            jump if the i32 comparison holds
     br_table S W:n J*(n+1)          jump to entry S (or the last)
     call W:func S:args              the arguments start at slot args;
     call_indirect W:type S:args S:index   the result replaces them
     ret, ret_value S                return (copying S to slot 0)
     copy S:dst S:src                move a value (all 8 bytes)
     const64 S:dst Q                 a constant not in the frame's pool
     select S:dst S:a S:b S:cond
     global_get S:dst W, global_set S:src W
     memory_size S:dst, memory_grow S:dst S:delta */
#define WASM_IR_CONTROL(X) \
  X (0xc0, unreachable, NONE) X (0xc1, br, JUMP) X (0xc2, br_if, COND) \
  X (0xc3, br_unless, COND) X (0xc4, br_table, TABLE) X (0xc5, call, CALL) \
  X (0xc6, call_indirect, CALL) X (0xc7, ret, NONE) \
  X (0xc8, ret_value, ONE) X (0xc9, copy, DA) X (0xca, const64, CONST) \
  X (0xcb, select, SELECT) X (0xcc, global_get, GLOBAL) \
  X (0xcd, global_set, GLOBAL) X (0xce, memory_size, ONE) \
  X (0xcf, memory_grow, DA) \
  X (0xd0, br_eq, CMP) X (0xd1, br_ne, CMP) X (0xd2, br_lt_s, CMP) \
  X (0xd3, br_lt_u, CMP) X (0xd4, br_gt_s, CMP) X (0xd5, br_gt_u, CMP) \
  X (0xd6, br_le_s, CMP) X (0xd7, br_le_u, CMP) X (0xd8, br_ge_s, CMP) \
  X (0xd9, br_ge_u, CMP)

#define WASM_IR_ALL(X) WASM_IR_MEMORY (X) WASM_IR_NUMERIC (X) WASM_IR_CONTROL (X)

enum ir_op
  {
#define IR_ENUM(code, name, format) IR_##name = code,
    WASM_IR_ALL (IR_ENUM)
#undef IR_ENUM
    IR_OP_COUNT
  };

/* Units an instruction's handler takes. */
#define IR_HANDLER_UNITS 2

#endif /* ipwis/wasm/ir.h */
