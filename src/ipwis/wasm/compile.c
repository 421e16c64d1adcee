/* Translating a function body into the internal code of ir.h while
   validating it, in one pass over the bytes.  validate.c keeps the type
   stacks; this file decides, instruction by instruction, what to emit.

   Branch targets are resolved here: a backward jump (to a loop) knows its
   target; a forward one is chained through the jump fields themselves
   and patched when its block ends, so no jump needs a table at run time. */
#include <string.h>
#include "ipwis/wasm/compile.h"
#include "ipwis/wasm/ir.h"

/* Writing code. */

static void
emit_unit (struct compiler *c, uint16_t unit)
{
  if (grow_buffer (c, (void **) &c->code, &c->code_cap, sizeof *c->code,
                   c->units + 1))
    c->code[c->units++] = unit;
}

static void
emit_word (struct compiler *c, uint32_t word)
{
  emit_unit (c, (uint16_t) word);
  emit_unit (c, (uint16_t) (word >> 16));
}

static uint32_t
code_word (const struct compiler *c, uint32_t pos)
{
  return c->code[pos] | (uint32_t) c->code[pos + 1] << 16;
}

static void
set_code_word (struct compiler *c, uint32_t pos, uint32_t word)
{
  c->code[pos] = (uint16_t) word;
  c->code[pos + 1] = (uint16_t) (word >> 16);
}

static void
emit_op (struct compiler *c, enum ir_op op)
{
  c->last_valid = false;
  emit_word (c, (uint32_t) c->handlers[op]);
}

static void
emit_slot (struct compiler *c, struct operand operand)
{
  emit_unit (c, operand.slot);
}

/* Remembers the instruction begun at START, which wrote its result to
   the slot at START + 2, so the next instruction may rewrite it. */
static void
remember (struct compiler *c, uint32_t start, enum ir_op op,
          struct operand a, struct operand b)
{
  c->last_valid = true;
  c->last_start = start;
  c->last_dst_pos = start + IR_HANDLER_UNITS;
  c->last_op = op;
  c->last_a = a;
  c->last_b = b;
}

static void
emit_copy (struct compiler *c, uint16_t dst, struct operand src)
{
  if (src.slot == dst)
    return;
  emit_op (c, IR_copy);
  emit_unit (c, dst);
  emit_slot (c, src);
}

/* Moves stack operand I into its own temporary slot, if it is still in a
   local (or, with CONSTS, a constant's slot). */
static void
materialize (struct compiler *c, uint32_t i, bool consts)
{
  struct operand *o = &c->stack[i];
  if (o->kind == OPERAND_TEMP || (o->kind == OPERAND_CONST && !consts))
    return;
  uint16_t slot = temp_slot (c, i);
  emit_copy (c, slot, *o);
  o->kind = OPERAND_TEMP;
  o->slot = slot;
}

/* Before a block, loop or if: no operand may stay a local's alias, since
   code inside may change the local on some paths only. */
static void
materialize_all (struct compiler *c)
{
  if (in_dead_code (c))
    return;
  for (uint32_t i = 0; i < c->height; i++)
    materialize (c, i, false);
}

/* Jumps. */

/* Writes a jump field that goes to F's label. */
static void
emit_jump (struct compiler *c, struct frame *f)
{
  uint32_t pos = c->units;
  if (f->kind == FRAME_LOOP)
    emit_word (c, f->start - pos);
  else
    {
      emit_word (c, (uint32_t) f->exits);
      f->exits = (int32_t) pos + 1;
    }
}

/* Writes a jump field to be patched by bind (CHAIN). */
static void
emit_forward (struct compiler *c, int32_t *chain)
{
  uint32_t pos = c->units;
  emit_word (c, (uint32_t) *chain);
  *chain = (int32_t) pos + 1;
}

/* Points every jump chained on CHAIN here; a label ends any fusion. */
static void
bind (struct compiler *c, int32_t *chain)
{
  uint32_t here = c->units;
  while (*chain != 0 && c->error == NULL)
    {
      uint32_t pos = (uint32_t) *chain - 1;
      *chain = (int32_t) code_word (c, pos);
      set_code_word (c, pos, here - pos);
    }
  c->last_valid = false;
}

static void
emit_return (struct compiler *c, struct operand value)
{
  if (c->type->result_count)
    {
      emit_op (c, IR_ret_value);
      emit_slot (c, value);
    }
  else
    emit_op (c, IR_ret);
}

/* An unconditional branch to F carrying VALUE (if F's label takes one). */
static void
emit_branch (struct compiler *c, struct frame *f, struct operand value)
{
  if (f->kind == FRAME_FUNC)
    {
      emit_return (c, value);
      return;
    }
  if (label_type (f))
    emit_copy (c, temp_slot (c, f->height), value);
  emit_op (c, IR_br);
  emit_jump (c, f);
}

/* Does a branch to F with VALUE need no copy? */
static bool
value_in_place (struct compiler *c, struct frame *f, struct operand value)
{
  return f->kind != FRAME_FUNC
         && (label_type (f) == 0 || value.slot == temp_slot (c, f->height));
}

/* Writes a conditional jump taken when COND is nonzero (WHEN_TRUE) or
   zero, its jump field left to the caller.  A comparison just written
   into COND is fused with the jump. */
static void
emit_test (struct compiler *c, struct operand cond, bool when_true)
{
  static const uint8_t negated[10] = { 1, 0, 8, 9, 6, 7, 4, 5, 2, 3 };
  bool fusable = c->last_valid && cond.kind == OPERAND_TEMP
                 && c->code[c->last_dst_pos] == cond.slot
                 && c->last_op >= IR_i32_eqz && c->last_op <= IR_i32_ge_u;
  if (!fusable)
    {
      emit_op (c, when_true ? IR_br_if : IR_br_unless);
      emit_slot (c, cond);
      return;
    }
  c->units = c->last_start;
  struct operand a = c->last_a, b = c->last_b;
  if (c->last_op == IR_i32_eqz)
    {
      emit_op (c, when_true ? IR_br_unless : IR_br_if);
      emit_slot (c, a);
      return;
    }
  unsigned cmp = c->last_op - IR_i32_eq;
  emit_op (c, IR_br_eq + (when_true ? cmp : negated[cmp]));
  emit_slot (c, a);
  emit_slot (c, b);
}

/* Reading immediates. */

static uint8_t
read_block_type (struct compiler *c)
{
  uint8_t type = read_u8 (c->r);
  if (type == 0x40)
    return 0;
  if (type != WASM_I32 && type != WASM_I64 && type != WASM_F32
      && type != WASM_F64)
    compile_fail (c, "malformed block type");
  return type;
}

static void
read_zero_byte (struct compiler *c)
{
  if (read_u8 (c->r) != 0)
    compile_fail (c, "zero byte expected");
}

static void
need_memory (struct compiler *c)
{
  if (!c->m->has_memory)
    compile_fail (c, "unknown memory");
}

/* Control instructions. */

static void
compile_block (struct compiler *c, enum frame_kind kind)
{
  uint8_t result = read_block_type (c);
  materialize_all (c);
  push_frame (c, kind, result);
  c->last_valid = false;
}

static void
compile_if (struct compiler *c)
{
  uint8_t result = read_block_type (c);
  struct operand cond = pop_operand (c, WASM_I32);
  materialize_all (c);
  push_frame (c, FRAME_IF, result);
  if (c->error || in_dead_code (c))
    return;
  struct frame *f = top_frame (c);
  emit_test (c, cond, false);
  emit_forward (c, &f->else_jump);
}

/* The end of a block's stack: its result, if any, and nothing else. */
static struct operand
pop_block_result (struct compiler *c, struct frame *f)
{
  struct operand value = { 0, OPERAND_TEMP, 0 };
  if (f->result)
    value = pop_operand (c, f->result);
  if (c->height != f->height)
    compile_fail (c, "type mismatch");
  return value;
}

static void
compile_else (struct compiler *c)
{
  struct frame *f = top_frame (c);
  if (f->kind != FRAME_IF)
    {
      compile_fail (c, "else without if");
      return;
    }
  struct operand value = pop_block_result (c, f);
  if (!in_dead_code (c) && c->error == NULL)
    {
      if (f->result)
        emit_copy (c, temp_slot (c, f->height), value);
      emit_op (c, IR_br);
      emit_forward (c, &f->exits);
    }
  bind (c, &f->else_jump);
  f->kind = FRAME_ELSE;
  f->unreachable = false;
  c->height = f->height;
}

static void
compile_end (struct compiler *c)
{
  struct frame *f = top_frame (c);
  if (f->kind == FRAME_IF && f->result)
    compile_fail (c, "type mismatch");
  struct operand value = pop_block_result (c, f);
  if (c->error)
    return;
  if (!in_dead_code (c))
    {
      if (f->kind == FRAME_FUNC)
        emit_return (c, value);
      else if (f->result)
        emit_copy (c, temp_slot (c, f->height), value);
    }
  bind (c, &f->exits);
  bind (c, &f->else_jump);
  uint8_t result = f->result;
  c->depth--;
  if (c->depth > 0 && result)
    push_temp (c, result);
}

static void
compile_br (struct compiler *c)
{
  struct frame *f = label_frame (c, read_u32 (c->r));
  if (f == NULL)
    return;
  struct operand value = { 0, OPERAND_TEMP, 0 };
  if (label_type (f))
    value = pop_operand (c, label_type (f));
  if (!in_dead_code (c) && c->error == NULL)
    emit_branch (c, f, value);
  set_unreachable (c);
}

static void
compile_br_if (struct compiler *c)
{
  struct frame *f = label_frame (c, read_u32 (c->r));
  if (f == NULL)
    return;
  struct operand cond = pop_operand (c, WASM_I32);
  struct operand value = { 0, OPERAND_TEMP, 0 };
  uint8_t type = label_type (f);
  if (type)
    {
      value = pop_operand (c, type);
      push_operand (c, value);
    }
  if (in_dead_code (c) || c->error)
    return;
  if (value_in_place (c, f, value))
    {
      emit_test (c, cond, true);
      emit_jump (c, f);
      return;
    }
  int32_t skip = 0;
  emit_test (c, cond, false);
  emit_forward (c, &skip);
  emit_branch (c, f, value);
  bind (c, &skip);
}

static void
compile_br_table (struct compiler *c)
{
  uint32_t count = read_count (c->r);
  uint32_t *depths = NULL, cap = 0;
  if (!grow_buffer (c, (void **) &depths, &cap, sizeof *depths, count + 1))
    return;
  for (uint32_t i = 0; i <= count && c->r->error == NULL; i++)
    depths[i] = read_u32 (c->r);
  struct operand index = pop_operand (c, WASM_I32);
  struct frame *dflt = label_frame (c, depths[count]);
  struct operand value = { 0, OPERAND_TEMP, 0 };
  if (dflt != NULL && label_type (dflt))
    value = pop_operand (c, label_type (dflt));
  for (uint32_t i = 0; i < count && dflt != NULL && c->error == NULL; i++)
    {
      struct frame *f = label_frame (c, depths[i]);
      if (f != NULL && label_type (f) != label_type (dflt))
        compile_fail (c, "type mismatch");
    }
  if (c->error == NULL && c->r->error == NULL && !in_dead_code (c))
    {
      emit_op (c, IR_br_table);
      emit_slot (c, index);
      emit_word (c, count);
      uint32_t entries = c->units;
      for (uint32_t i = 0; i <= count; i++)
        emit_word (c, 0);
      for (uint32_t i = 0; i <= count && c->error == NULL; i++)
        {
          struct frame *f = label_frame (c, depths[i]);
          uint32_t pos = entries + 2 * i;
          if (value_in_place (c, f, value))
            {
              if (f->kind == FRAME_LOOP)
                set_code_word (c, pos, f->start - pos);
              else
                {
                  set_code_word (c, pos, (uint32_t) f->exits);
                  f->exits = (int32_t) pos + 1;
                }
              continue;
            }
          /* A stub that moves the value, then branches. */
          set_code_word (c, pos, c->units - pos);
          emit_branch (c, f, value);
        }
    }
  c->m->alloc.resize (c->m->alloc.ctx, depths, cap * sizeof *depths, 0);
  set_unreachable (c);
}

static void
compile_return (struct compiler *c)
{
  struct operand value = { 0, OPERAND_TEMP, 0 };
  if (c->type->result_count)
    value = pop_operand (c, c->type->result);
  if (!in_dead_code (c) && c->error == NULL)
    emit_return (c, value);
  set_unreachable (c);
}

/* Pops TYPE's arguments and puts them in consecutive temporary slots;
   returns the stack height of the first. */
static uint32_t
pop_arguments (struct compiler *c, const struct wasm_functype *type)
{
  for (uint32_t i = type->param_count; i-- > 0;)
    pop_operand (c, type->params[i]);
  uint32_t base = c->height;
  if (!in_dead_code (c) && c->error == NULL)
    for (uint32_t i = 0; i < type->param_count; i++)
      materialize (c, base + i, true);
  return base;
}

static void
push_results (struct compiler *c, const struct wasm_functype *type)
{
  if (type->result_count)
    push_temp (c, type->result);
}

static void
compile_call (struct compiler *c)
{
  uint32_t func = read_u32 (c->r);
  if (c->r->error)
    return;
  if (func >= c->m->func_count)
    {
      compile_fail (c, "unknown function");
      return;
    }
  const struct wasm_functype *type = &c->m->types[c->m->func_types[func]];
  uint32_t base = pop_arguments (c, type);
  if (!in_dead_code (c) && c->error == NULL)
    {
      emit_op (c, IR_call);
      emit_word (c, func);
      emit_unit (c, temp_slot (c, base));
    }
  push_results (c, type);
}

static void
compile_call_indirect (struct compiler *c)
{
  uint32_t type_index = read_u32 (c->r);
  read_zero_byte (c);
  if (c->r->error)
    return;
  if (!c->m->has_table)
    compile_fail (c, "unknown table");
  if (type_index >= c->m->type_count)
    {
      compile_fail (c, "unknown type");
      return;
    }
  const struct wasm_functype *type = &c->m->types[type_index];
  struct operand index = pop_operand (c, WASM_I32);
  uint32_t base = pop_arguments (c, type);
  if (!in_dead_code (c) && c->error == NULL)
    {
      emit_op (c, IR_call_indirect);
      emit_word (c, type_index);
      emit_unit (c, temp_slot (c, base));
      emit_slot (c, index);
    }
  push_results (c, type);
}

/* Variables. */

static uint8_t
local_type (struct compiler *c, uint32_t index)
{
  if (index < c->local_count)
    return c->local_types[index];
  compile_fail (c, "unknown local");
  return 0;
}

/* local.set and local.tee: the value goes into local INDEX. */
static void
compile_local_store (struct compiler *c, bool tee)
{
  uint32_t index = read_u32 (c->r);
  uint8_t type = local_type (c, index);
  struct operand value = pop_operand (c, type);
  if (c->error)
    return;
  struct operand local = { type, OPERAND_LOCAL, (uint16_t) index };
  if (!in_dead_code (c))
    {
      bool aliased = false;
      for (uint32_t i = top_frame (c)->height; i < c->height; i++)
        if (c->stack[i].kind == OPERAND_LOCAL && c->stack[i].slot == index)
          aliased = true;
      if (!aliased && c->last_valid && value.kind == OPERAND_TEMP
          && c->code[c->last_dst_pos] == value.slot)
        {
          /* Let the instruction that made the value write the local. */
          c->code[c->last_dst_pos] = (uint16_t) index;
          c->last_valid = false;
        }
      else
        {
          for (uint32_t i = top_frame (c)->height; i < c->height; i++)
            if (c->stack[i].kind == OPERAND_LOCAL && c->stack[i].slot == index)
              materialize (c, i, false);
          emit_copy (c, (uint16_t) index, value);
        }
    }
  if (tee)
    push_operand (c, local);
}

static void
compile_global (struct compiler *c, bool set)
{
  uint32_t index = read_u32 (c->r);
  if (c->r->error)
    return;
  if (index >= c->m->global_count)
    {
      compile_fail (c, "unknown global");
      return;
    }
  const struct wasm_global_def *g = &c->m->globals[index];
  if (set)
    {
      if (!g->mutable_)
        compile_fail (c, "global is immutable");
      struct operand value = pop_operand (c, g->type);
      if (in_dead_code (c) || c->error)
        return;
      emit_op (c, IR_global_set);
      emit_slot (c, value);
      emit_word (c, index);
      return;
    }
  if (!in_dead_code (c))
    {
      uint32_t start = c->units;
      emit_op (c, IR_global_get);
      emit_unit (c, temp_slot (c, c->height));
      emit_word (c, index);
      struct operand none = { 0, OPERAND_TEMP, 0 };
      remember (c, start, IR_global_get, none, none);
    }
  push_temp (c, g->type);
}

static void
compile_const (struct compiler *c, uint8_t type, uint64_t bits)
{
  if (in_dead_code (c))
    {
      push_temp (c, type);
      return;
    }
  for (uint32_t k = 0; k < c->const_count; k++)
    if (c->consts[k].i64 == bits)
      {
        struct operand o = { type, OPERAND_CONST, (uint16_t) (c->local_count + k) };
        push_operand (c, o);
        return;
      }
  if (c->const_count < c->const_room)
    {
      uint32_t k = c->const_count++;
      c->consts[k].i64 = bits;
      struct operand o = { type, OPERAND_CONST, (uint16_t) (c->local_count + k) };
      push_operand (c, o);
      return;
    }
  uint32_t start = c->units;
  emit_op (c, IR_const64);
  emit_unit (c, temp_slot (c, c->height));
  emit_word (c, (uint32_t) bits);
  emit_word (c, (uint32_t) (bits >> 32));
  struct operand none = { 0, OPERAND_TEMP, 0 };
  remember (c, start, IR_const64, none, none);
  push_temp (c, type);
}

/* Memory. */

static uint8_t
letter_type (char letter)
{
  return letter == 'i' ? WASM_I32 : letter == 'j' ? WASM_I64
         : letter == 'f' ? WASM_F32 : WASM_F64;
}

static void
compile_memory_access (struct compiler *c, uint8_t op)
{
  /* Per opcode 0x28...0x3e: log2 of the natural alignment, value type. */
  static const char align[] = "23230011001122" "232301012";
  static const char types[] = "ijfdiiiijjjjjj" "ijfdiijjj";
  unsigned k = op - IR_i32_load;
  uint8_t type = letter_type (types[k]);
  uint32_t alignment = read_u32 (c->r);
  uint32_t offset = read_u32 (c->r);
  if (c->r->error)
    return;
  need_memory (c);
  if (alignment > (uint32_t) (align[k] - '0'))
    compile_fail (c, "alignment must not be larger than natural");
  bool store = op >= IR_i32_store;
  struct operand value = { 0, OPERAND_TEMP, 0 };
  if (store)
    value = pop_operand (c, type);
  struct operand address = pop_operand (c, WASM_I32);
  if (c->error)
    return;
  if (!in_dead_code (c))
    {
      uint32_t start = c->units;
      emit_op (c, op);
      if (store)
        {
          emit_slot (c, address);
          emit_slot (c, value);
        }
      else
        {
          emit_unit (c, temp_slot (c, c->height));
          emit_slot (c, address);
        }
      emit_word (c, offset);
      if (!store)
        remember (c, start, op, address, address);
    }
  if (!store)
    push_temp (c, type);
}

static void
compile_memory_size (struct compiler *c, bool grow)
{
  read_zero_byte (c);
  need_memory (c);
  struct operand delta = { 0, OPERAND_TEMP, 0 };
  if (grow)
    delta = pop_operand (c, WASM_I32);
  if (!in_dead_code (c) && c->error == NULL)
    {
      emit_op (c, grow ? IR_memory_grow : IR_memory_size);
      emit_unit (c, temp_slot (c, c->height));
      if (grow)
        emit_slot (c, delta);
    }
  push_temp (c, WASM_I32);
}

/* Numeric instructions. */

/* Types of numeric opcode OP: A (and B, or 0 for unary) to RESULT. */
static void
numeric_signature (uint8_t op, uint8_t *a, uint8_t *b, uint8_t *result)
{
  /* Conversions 0xa7...0xbf, each "from to": i j f d are i32 i64 f32 f64. */
  static const char conversions[] =
    "jififididiijijfjfjdjdjififjfjfdfididjdjdfdfidjifjd";
  static const struct { uint8_t first, last, a, b, result; } ranges[] =
    {
      { 0x45, 0x45, WASM_I32, 0, WASM_I32 },
      { 0x46, 0x4f, WASM_I32, WASM_I32, WASM_I32 },
      { 0x50, 0x50, WASM_I64, 0, WASM_I32 },
      { 0x51, 0x5a, WASM_I64, WASM_I64, WASM_I32 },
      { 0x5b, 0x60, WASM_F32, WASM_F32, WASM_I32 },
      { 0x61, 0x66, WASM_F64, WASM_F64, WASM_I32 },
      { 0x67, 0x69, WASM_I32, 0, WASM_I32 },
      { 0x6a, 0x78, WASM_I32, WASM_I32, WASM_I32 },
      { 0x79, 0x7b, WASM_I64, 0, WASM_I64 },
      { 0x7c, 0x8a, WASM_I64, WASM_I64, WASM_I64 },
      { 0x8b, 0x91, WASM_F32, 0, WASM_F32 },
      { 0x92, 0x98, WASM_F32, WASM_F32, WASM_F32 },
      { 0x99, 0x9f, WASM_F64, 0, WASM_F64 },
      { 0xa0, 0xa6, WASM_F64, WASM_F64, WASM_F64 },
    };
  for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
    if (op >= ranges[i].first && op <= ranges[i].last)
      {
        *a = ranges[i].a;
        *b = ranges[i].b;
        *result = ranges[i].result;
        return;
      }
  const char *pair = &conversions[2 * (op - 0xa7)];
  *a = letter_type (pair[0]);
  *result = letter_type (pair[1]);
  *b = 0;
}

static void
compile_numeric (struct compiler *c, uint8_t op)
{
  uint8_t ta, tb, tr;
  numeric_signature (op, &ta, &tb, &tr);
  struct operand b = { 0, OPERAND_TEMP, 0 };
  if (tb)
    b = pop_operand (c, tb);
  struct operand a = pop_operand (c, ta);
  if (c->error)
    return;
  bool relabel = op == 0xa7 || op >= 0xbc;  /* wrap, reinterpret */
  if (relabel || in_dead_code (c))
    {
      a.type = tr;
      if (relabel)
        push_operand (c, a);
      else
        push_temp (c, tr);
      return;
    }
  uint32_t start = c->units;
  emit_op (c, op);
  emit_unit (c, temp_slot (c, c->height));
  emit_slot (c, a);
  if (tb)
    emit_slot (c, b);
  remember (c, start, op, a, b);
  push_temp (c, tr);
}

static void
compile_select (struct compiler *c)
{
  struct operand cond = pop_operand (c, WASM_I32);
  struct operand b = pop_operand (c, 0);
  struct operand a = pop_operand (c, b.type);
  uint8_t type = b.type ? b.type : a.type;
  if (!in_dead_code (c) && c->error == NULL)
    {
      uint32_t start = c->units;
      emit_op (c, IR_select);
      emit_unit (c, temp_slot (c, c->height));
      emit_slot (c, a);
      emit_slot (c, b);
      emit_slot (c, cond);
      remember (c, start, IR_select, a, b);
    }
  push_temp (c, type);
}

static void
compile_instruction (struct compiler *c, uint8_t op)
{
  struct reader *r = c->r;
  switch (op)
    {
    case 0x00:
      if (!in_dead_code (c))
        emit_op (c, IR_unreachable);
      set_unreachable (c);
      break;
    case 0x01: break;
    case 0x02: compile_block (c, FRAME_BLOCK); break;
    case 0x03:
      compile_block (c, FRAME_LOOP);
      break;
    case 0x04: compile_if (c); break;
    case 0x05: compile_else (c); break;
    case 0x0b: compile_end (c); break;
    case 0x0c: compile_br (c); break;
    case 0x0d: compile_br_if (c); break;
    case 0x0e: compile_br_table (c); break;
    case 0x0f: compile_return (c); break;
    case 0x10: compile_call (c); break;
    case 0x11: compile_call_indirect (c); break;
    case 0x1a: pop_operand (c, 0); break;
    case 0x1b: compile_select (c); break;
    case 0x20:
      {
        uint32_t index = read_u32 (r);
        struct operand o = { local_type (c, index), OPERAND_LOCAL,
                             (uint16_t) index };
        if (c->error == NULL)
          push_operand (c, o);
        break;
      }
    case 0x21: compile_local_store (c, false); break;
    case 0x22: compile_local_store (c, true); break;
    case 0x23: compile_global (c, false); break;
    case 0x24: compile_global (c, true); break;
    case 0x3f: compile_memory_size (c, false); break;
    case 0x40: compile_memory_size (c, true); break;
    case 0x41: compile_const (c, WASM_I32, (uint32_t) read_s32 (r)); break;
    case 0x42: compile_const (c, WASM_I64, (uint64_t) read_s64 (r)); break;
    case 0x43: compile_const (c, WASM_F32, read_f32_bits (r)); break;
    case 0x44: compile_const (c, WASM_F64, read_f64_bits (r)); break;
    default:
      if (op >= 0x28 && op <= 0x3e)
        compile_memory_access (c, op);
      else if (op >= 0x45 && op <= 0xbf)
        compile_numeric (c, op);
      else
        compile_fail (c, "illegal opcode");
    }
}

/* Reads the local declarations; false on error. */
static bool
read_locals (struct compiler *c)
{
  const struct wasm_functype *type = c->type;
  uint64_t total = type->param_count;
  uint32_t groups = read_count (c->r);
  const uint8_t *mark = c->r->pos;
  for (uint32_t i = 0; i < groups && !c->r->error; i++)
    {
      total += read_u32 (c->r);
      read_u8 (c->r);
      if (total > MAX_LOCALS)
        return compile_fail (c, "too many locals");
    }
  if (c->r->error)
    return false;
  if (!grow_buffer (c, (void **) &c->local_types, &c->locals_cap, 1,
                    (uint32_t) total + 1))
    return false;
  memcpy (c->local_types, type->params, type->param_count);
  c->local_count = type->param_count;
  c->r->pos = mark;
  for (uint32_t i = 0; i < groups; i++)
    {
      uint32_t count = read_u32 (c->r);
      uint8_t t = read_u8 (c->r);
      if (t != WASM_I32 && t != WASM_I64 && t != WASM_F32 && t != WASM_F64)
        return compile_fail (c, "malformed value type");
      memset (c->local_types + c->local_count, t, count);
      c->local_count += count;
    }
  return true;
}

/* How many constant slots to set aside: at most one per byte that could
   be a const opcode, and MAX_CONSTS. */
static uint32_t
const_room (const struct reader *r)
{
  uint32_t room = 0;
  for (const uint8_t *p = r->pos; p < r->end && room < MAX_CONSTS; p++)
    if (*p >= 0x41 && *p <= 0x44)
      room++;
  return room;
}

/* Copies the finished code into the module. */
static bool
finish (struct compiler *c, struct wasm_code *code)
{
  struct arena *arena = &c->m->arena;
  uint16_t *ir = arena_array (arena, c->units, sizeof *ir);
  union wasm_slot *consts = arena_array (arena, c->const_count + 1,
                                         sizeof *consts);
  if ((ir == NULL && c->units) || consts == NULL)
    return compile_fail (c, "out of memory");
  memcpy (ir, c->code, c->units * sizeof *ir);
  memcpy (consts, c->consts, c->const_count * sizeof *consts);
  code->ir = ir;
  code->ir_units = c->units;
  code->param_slots = c->type->param_count;
  code->local_slots = c->local_count - c->type->param_count;
  code->const_base = c->local_count;
  code->const_count = c->const_count;
  code->consts = consts;
  code->frame_slots = c->temp_base + c->max_height + 1;
  return true;
}

bool
wasm_compile (struct wasm_module *m, uint32_t func, struct reader *body,
              struct wasm_error *error)
{
  struct compiler c;
  memset (&c, 0, sizeof c);
  c.m = m;
  c.r = body;
  c.func = func;
  c.type = &m->types[m->func_types[func]];
  c.handlers = wasm_interp_handlers ();
  if (read_locals (&c))
    {
      c.const_room = const_room (body);
      c.temp_base = c.local_count + c.const_room;
      push_frame (&c, FRAME_FUNC, c.type->result_count ? c.type->result : 0);
      while (c.depth > 0 && c.error == NULL && body->error == NULL)
        {
          if (reader_at_end (body))
            compile_fail (&c, "unexpected end");
          else
            compile_instruction (&c, read_u8 (body));
        }
      if (c.error == NULL && body->error == NULL && !reader_at_end (body))
        compile_fail (&c, "section size mismatch");
      if (c.error == NULL && body->error == NULL)
        finish (&c, &m->codes[func - m->imported_funcs]);
    }
  const char *problem = c.error ? c.error : body->error;
  if (problem != NULL)
    wasm_error_set (error, "function %u at offset 0x%x: %s", (unsigned) func,
                    (unsigned) reader_offset (body), problem);
  const struct wasm_allocator *a = &m->alloc;
  a->resize (a->ctx, c.local_types, c.locals_cap, 0);
  a->resize (a->ctx, c.stack, c.stack_cap * sizeof *c.stack, 0);
  a->resize (a->ctx, c.frames, c.frames_cap * sizeof *c.frames, 0);
  a->resize (a->ctx, c.code, c.code_cap * sizeof *c.code, 0);
  return problem == NULL;
}
