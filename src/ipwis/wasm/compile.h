/* The state of translating one function body (compile.c), and the type
   checking it relies on (validate.c).

   While it checks types, the translator also tracks where each operand
   of wasm's stack lives at run time: in a local's slot (after
   local.get), in a constant's slot (after i32.const ...), or in the
   temporary slot that belongs to its stack height.  Instructions then
   name those slots directly, so most local.get and const instructions
   cost nothing at run time.

   A frame's slots: [locals, parameters first][constants][temporaries]. */
#ifndef IPWIS_WASM_COMPILE_H
#define IPWIS_WASM_COMPILE_H

#include "ipwis/wasm/internal.h"
#include "ipwis/wasm/reader.h"

/* Where an operand lives. */
enum operand_kind
  {
    OPERAND_TEMP,                   /* in the slot of its stack height */
    OPERAND_LOCAL,                  /* still in the local it came from */
    OPERAND_CONST,                  /* in a constant slot */
  };

struct operand
  {
    uint8_t type;                   /* enum wasm_type; 0 in dead code: any */
    uint8_t kind;
    uint16_t slot;
  };

enum frame_kind { FRAME_FUNC, FRAME_BLOCK, FRAME_LOOP, FRAME_IF, FRAME_ELSE };

/* A structured control instruction being translated. */
struct frame
  {
    uint8_t kind;
    uint8_t result;                 /* enum wasm_type, or 0 for none */
    bool unreachable;               /* after br, return, unreachable... */
    bool dead;                      /* inside code that cannot run */
    uint32_t height;                /* operand stack height at entry */
    uint32_t start;                 /* loop: where its label is */
    int32_t exits;                  /* forward jumps to patch at end */
    int32_t else_jump;              /* if: the jump to patch at else */
  };

/* Constant slots a function may have; further constants are written by
   const64 instructions. */
#define MAX_CONSTS 32
/* Slots a frame may have: operands are 16 bits. */
#define MAX_FRAME_SLOTS 65535u
#define MAX_LOCALS 50000u

struct compiler
  {
    struct wasm_module *m;
    struct reader *r;
    uint32_t func;
    const struct wasm_functype *type;
    const int32_t *handlers;

    uint8_t *local_types;
    uint32_t local_count, locals_cap;

    struct operand *stack;          /* the operand stack */
    uint32_t height, stack_cap, max_height;
    struct frame *frames;           /* the control stack */
    uint32_t depth, frames_cap;

    uint16_t *code;                 /* the internal code being written */
    uint32_t units, code_cap;

    union wasm_slot consts[MAX_CONSTS];
    uint32_t const_count, const_room;
    uint32_t temp_base;             /* slot of stack height 0 */

    /* The last instruction, while nothing else has been written: a
       local.set may redirect its result, a br_if fuse with it. */
    bool last_valid;
    uint32_t last_start, last_dst_pos;
    uint16_t last_op;
    struct operand last_a, last_b;

    const char *error;              /* the first error */
  };

/* validate.c */
bool compile_fail (struct compiler *, const char *error);
uint16_t temp_slot (const struct compiler *, uint32_t height);
void push_operand (struct compiler *, struct operand);
struct operand push_temp (struct compiler *, uint8_t type);
struct operand pop_operand (struct compiler *, uint8_t expect);
struct frame *top_frame (struct compiler *);
bool in_dead_code (struct compiler *);
void push_frame (struct compiler *, enum frame_kind, uint8_t result);
struct frame *label_frame (struct compiler *, uint32_t depth);
uint8_t label_type (const struct frame *);
void set_unreachable (struct compiler *);
bool grow_buffer (struct compiler *, void **buffer, uint32_t *cap,
                  size_t element, uint32_t need);

#endif /* ipwis/wasm/compile.h */
