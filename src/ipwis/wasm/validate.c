/* Validation's bookkeeping for compile.c: the operand stack with its
   types, the control stack of blocks, loops and ifs, and the rule that
   after an unconditional branch the stack is polymorphic (any pop
   succeeds, because that code can never run). */
#include "ipwis/wasm/compile.h"

bool
compile_fail (struct compiler *c, const char *error)
{
  if (c->error == NULL)
    c->error = error;
  return false;
}

bool
grow_buffer (struct compiler *c, void **buffer, uint32_t *cap,
             size_t element, uint32_t need)
{
  if (need <= *cap)
    return true;
  uint32_t new_cap = *cap ? *cap : 16;
  while (new_cap < need)
    {
      if (new_cap > UINT32_MAX / 2)
        return compile_fail (c, "function too large");
      new_cap *= 2;
    }
  void *grown = c->m->alloc.resize (c->m->alloc.ctx, *buffer,
                                    *cap * element, new_cap * element);
  if (grown == NULL)
    return compile_fail (c, "out of memory");
  *buffer = grown;
  *cap = new_cap;
  return true;
}

uint16_t
temp_slot (const struct compiler *c, uint32_t height)
{
  uint32_t slot = c->temp_base + height;
  return slot < MAX_FRAME_SLOTS ? (uint16_t) slot : 0;
}

void
push_operand (struct compiler *c, struct operand operand)
{
  if (!grow_buffer (c, (void **) &c->stack, &c->stack_cap,
                    sizeof *c->stack, c->height + 1))
    return;
  c->stack[c->height++] = operand;
  if (c->height > c->max_height)
    {
      c->max_height = c->height;
      if (c->temp_base + c->max_height >= MAX_FRAME_SLOTS)
        compile_fail (c, "function needs too many slots for this engine");
    }
}

struct operand
push_temp (struct compiler *c, uint8_t type)
{
  struct operand operand = { type, OPERAND_TEMP, temp_slot (c, c->height) };
  push_operand (c, operand);
  return operand;
}

struct frame *
top_frame (struct compiler *c)
{
  return &c->frames[c->depth - 1];
}

/* Pops an operand of type EXPECT (0: any type). */
struct operand
pop_operand (struct compiler *c, uint8_t expect)
{
  struct frame *f = top_frame (c);
  if (c->height == f->height)
    {
      struct operand any = { expect, OPERAND_TEMP, temp_slot (c, c->height) };
      if (!f->unreachable)
        compile_fail (c, "type mismatch");
      return any;
    }
  struct operand operand = c->stack[--c->height];
  if (expect != 0 && operand.type != 0 && operand.type != expect)
    compile_fail (c, "type mismatch");
  if (operand.type == 0)
    operand.type = expect;
  return operand;
}

bool
in_dead_code (struct compiler *c)
{
  struct frame *f = top_frame (c);
  return f->unreachable || f->dead;
}

void
push_frame (struct compiler *c, enum frame_kind kind, uint8_t result)
{
  if (!grow_buffer (c, (void **) &c->frames, &c->frames_cap,
                    sizeof *c->frames, c->depth + 1))
    return;
  bool dead = c->depth > 0 && in_dead_code (c);
  struct frame *f = &c->frames[c->depth++];
  f->kind = kind;
  f->result = result;
  f->unreachable = false;
  f->dead = dead;
  f->height = c->height;
  f->start = c->units;
  f->exits = 0;
  f->else_jump = 0;
}

/* The frame a branch of DEPTH targets, or NULL if there is none. */
struct frame *
label_frame (struct compiler *c, uint32_t depth)
{
  if (depth >= c->depth)
    {
      compile_fail (c, "unknown label");
      return NULL;
    }
  return &c->frames[c->depth - 1 - depth];
}

/* What a branch to F carries: a loop's label takes nothing. */
uint8_t
label_type (const struct frame *f)
{
  return f->kind == FRAME_LOOP ? 0 : f->result;
}

void
set_unreachable (struct compiler *c)
{
  struct frame *f = top_frame (c);
  f->unreachable = true;
  c->height = f->height;
}
