/* The engine's own data structures, shared by its files and hidden from
   embedders: a decoded module, the run-time objects (functions, tables,
   memories, globals, instances) and an exec's stacks. */
#ifndef IPWIS_WASM_INTERNAL_H
#define IPWIS_WASM_INTERNAL_H

#include "ipwis/wasm/wasm.h"
#include "ipwis/wasm/arena.h"

#define WASM_PAGE_SIZE 65536u
/* The specification's largest memory, in pages. */
#define WASM_MAX_PAGES 65536u
/* What this engine can address: memory sizes must fit 32 bits. */
#define WASM_ENGINE_MAX_PAGES 32768u

#define likely(x) __builtin_expect (!!(x), 1)
#define unlikely(x) __builtin_expect (!!(x), 0)

/* A function type.  MVP functions return at most one value. */
struct wasm_functype
  {
    uint32_t param_count;
    uint32_t result_count;
    const uint8_t *params;          /* enum wasm_type each */
    uint8_t result;                 /* valid if result_count is 1 */
  };

bool wasm_functype_equal (const struct wasm_functype *,
                          const struct wasm_functype *);

struct wasm_limits
  {
    uint32_t min;
    uint32_t max;                   /* UINT32_MAX: none */
  };

/* A name in the module, as bytes. */
struct wasm_name
  {
    const char *bytes;
    uint32_t size;
  };

bool wasm_name_equal (struct wasm_name, const char *bytes, size_t size);

/* A constant expression: a value, or the value of an imported global. */
struct wasm_init
  {
    bool from_global;
    uint32_t global;
    uint64_t bits;
  };

struct wasm_import
  {
    struct wasm_name module, name;
    enum wasm_extern_kind kind;
    uint32_t type;                  /* function: type index */
    struct wasm_limits limits;      /* table, memory */
    uint8_t global_type;
    bool global_mutable;
  };

struct wasm_export
  {
    struct wasm_name name;
    enum wasm_extern_kind kind;
    uint32_t index;
  };

struct wasm_global_def
  {
    uint8_t type;
    bool mutable_;
    struct wasm_init init;
  };

struct wasm_elem
  {
    struct wasm_init offset;
    uint32_t count;
    const uint32_t *funcs;
  };

struct wasm_data
  {
    struct wasm_init offset;
    uint32_t size;
    const uint8_t *bytes;
  };

/* A defined function, translated (compile.c).  Its frame is
   [parameters][locals][operand stack][constants], one slot each. */
struct wasm_code
  {
    const uint16_t *ir;             /* the internal code (ir.h) */
    uint32_t ir_units;
    uint32_t param_slots;
    uint32_t local_slots;           /* zeroed on entry */
    uint32_t const_base;            /* first constant's slot */
    uint32_t const_count;
    const union wasm_slot *consts;  /* copied into the frame on entry */
    uint32_t frame_slots;           /* everything above */
  };

struct wasm_module
  {
    struct wasm_allocator alloc;
    struct arena arena;             /* everything below lives here */
    uint32_t type_count;
    struct wasm_functype *types;
    uint32_t import_count;
    struct wasm_import *imports;
    uint32_t func_count, imported_funcs;
    uint32_t *func_types;           /* type index of every function */
    struct wasm_code *codes;        /* of the defined functions */
    bool has_table, has_memory;
    bool table_imported, memory_imported;
    struct wasm_limits table_limits, memory_limits;
    uint32_t global_count, imported_globals;
    struct wasm_global_def *globals;
    uint32_t export_count;
    struct wasm_export *exports;
    int64_t start;                  /* -1: none */
    uint32_t elem_count;
    struct wasm_elem *elems;
    uint32_t data_count;
    struct wasm_data *datas;
    size_t code_bytes;              /* size of the code section's bodies */
  };

/* Run-time objects. */
struct wasm_func
  {
    const struct wasm_functype *type;
    struct wasm_instance *instance; /* NULL for a host function */
    const struct wasm_code *code;   /* NULL for a host function */
    wasm_host_fn *host;
    void *host_ctx;
    struct wasm_allocator alloc;    /* host functions: who frees it */
    struct wasm_functype own_type;  /* host functions: their type */
    uint8_t own_params[16];
  };

struct wasm_table
  {
    struct wasm_allocator alloc;
    struct wasm_func **elements;    /* NULL: uninitialized */
    uint32_t size, max;
  };

struct wasm_memory
  {
    struct wasm_allocator alloc;
    uint8_t *data;
    uint32_t size;                  /* bytes */
    uint32_t pages, max_pages;      /* max_pages: the declared maximum */
    uint32_t cap_pages;             /* what the embedder lets it reach */
  };

/* Grows MEMORY by DELTA pages; returns the old size in pages, or -1. */
int32_t wasm_memory_grow (struct wasm_memory *memory, uint32_t delta);
/* Objects inside an instance: set up and give back their storage. */
bool wasm_memory_init (struct wasm_memory *, const struct wasm_allocator *,
                       uint32_t pages, uint32_t max_pages, uint32_t cap_pages);
void wasm_memory_release (struct wasm_memory *);
bool wasm_table_init (struct wasm_table *, const struct wasm_allocator *,
                      uint32_t size, uint32_t max);
void wasm_table_release (struct wasm_table *);
/* SIZE zeroed bytes from ALLOC, or NULL; and giving a block back. */
void *wasm_allocate (const struct wasm_allocator *alloc, size_t size);
void wasm_release (const struct wasm_allocator *alloc, void *block, size_t size);
/* BITS as a value of TYPE: 32-bit types keep the low half only. */
uint64_t wasm_value_bits (uint8_t type, uint64_t bits);

struct wasm_global
  {
    union wasm_slot value;          /* first: the interpreter reads it */
    struct wasm_allocator alloc;
    uint8_t type;
    bool mutable_;
  };

struct wasm_instance
  {
    const struct wasm_module *module;
    struct wasm_allocator alloc;
    struct wasm_func **funcs;       /* every function, imports first */
    struct wasm_func *own_funcs;    /* the defined ones */
    struct wasm_global **globals;
    struct wasm_global *own_globals;
    struct wasm_table *table;       /* NULL: none */
    struct wasm_memory *memory;     /* never NULL: see no_memory */
    struct wasm_table own_table;
    struct wasm_memory own_memory;
    struct wasm_memory no_memory;   /* size 0, for modules without one */
  };

/* One suspended caller on an exec's call stack. */
struct wasm_call_record
  {
    const uint16_t *ip;             /* where to go on return */
    union wasm_slot *fp;
    struct wasm_instance *instance;
  };

struct wasm_exec
  {
    struct wasm_allocator alloc;
    union wasm_slot *stack, *stack_end;
    struct wasm_call_record *calls;
    uint32_t call_depth, call_max;
    /* Where a call that ran out of fuel stopped. */
    bool suspended;
    const uint16_t *ip;
    union wasm_slot *fp;
    struct wasm_instance *instance;
    int32_t fuel;                   /* the running budget */
    int64_t fuel_reserve;           /* the rest, handed out in chunks */
    enum wasm_trap trap;
  };

/* Runs the exec from its saved state until it returns, traps or runs out
   of fuel (interp.c). */
enum wasm_status wasm_interp_run (struct wasm_exec *);
/* The handler of every internal opcode, as an offset from the first
   (interp.c): what compile.c writes into the code. */
const int32_t *wasm_interp_handlers (void);

/* Prepares a frame at FP, whose parameters are in place, for CODE:
   zeroes its locals and copies in its constants.  False if the exec's
   stack has no room for it. */
static inline bool
wasm_frame_enter (struct wasm_exec *exec, const struct wasm_code *code,
                  union wasm_slot *fp)
{
  if (unlikely ((size_t) (exec->stack_end - fp) < code->frame_slots))
    return false;
  __builtin_memset (fp + code->param_slots, 0,
                    code->local_slots * sizeof *fp);
  __builtin_memcpy (fp + code->const_base, code->consts,
                    code->const_count * sizeof *fp);
  return true;
}

/* Translates function FUNC's body (compile.c); BODY is its bytes. */
struct reader;
bool wasm_compile (struct wasm_module *, uint32_t func, struct reader *body,
                   struct wasm_error *);

/* snprintf into ERROR. */
void wasm_error_set (struct wasm_error *, const char *format, ...)
  __attribute__ ((format (printf, 2, 3)));

#endif /* ipwis/wasm/internal.h */
