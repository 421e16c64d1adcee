/* The WebAssembly 1.0 engine: the interface an embedder (the kernel's
   IPWIS layer, the host command skiff-wasm, the unit tests) programs
   against.  doc/wasm.md explains the design for students; in short:

   - A module is loaded once: wasm_module_load decodes the binary
     (decode.c, reader.c), validates every function and at the same time
     translates it into a pre-decoded internal code (compile.c,
     validate.c, ir.h).  A module is immutable afterwards.
   - An instance is one running copy of a module: its memory, table,
     globals and functions (instance.c).  Imports are supplied by the
     embedder as an array of externs in the module's import order.
   - An exec is a thread of execution: a value stack and a call stack,
     nothing else (exec.c).  wasm_call runs a function on it (interp.c).
     The interpreter never recurses in C: a wasm call pushes a record on
     the exec's call stack, so a deep wasm recursion exhausts that stack
     and traps instead of overflowing the kernel's.
   - Fuel bounds how long a call runs.  Every taken branch and every call
     costs one unit; when the budget is spent the exec stops at the
     branch or call it was about to take (WASM_OUT_OF_FUEL) and
     wasm_resume carries on from there, or wasm_exec_abandon drops it.
   - There is no global state: everything lives in these objects, and
     every byte of memory is asked of the embedder's allocator.  The
     engine uses nothing of the C library beyond what Skiff's src/lib
     provides (memcpy, memset, memcmp, snprintf).
   - Floating point is done in float.c alone, which needs SSE2 for exact
     IEEE 754 results; every other file moves floats as bit patterns. */
#ifndef IPWIS_WASM_WASM_H
#define IPWIS_WASM_WASM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One value on the stack or in a local: every slot is 8 bytes; an i32
   or f32 uses the low half.  Floats are kept as their bit patterns. */
union wasm_slot
  {
    uint32_t i32;
    uint64_t i64;
  };

/* Value types, by their binary encoding. */
enum wasm_type
  {
    WASM_I32 = 0x7f,
    WASM_I64 = 0x7e,
    WASM_F32 = 0x7d,
    WASM_F64 = 0x7c,
  };

/* The embedder's memory.  RESIZE (CTX, BLOCK, OLD_SIZE, NEW_SIZE)
   allocates when BLOCK is NULL, frees when NEW_SIZE is 0 (returning
   NULL), and otherwise resizes, keeping the first bytes; it returns NULL
   when it cannot (the old block is then still valid). */
struct wasm_allocator
  {
    void *(*resize) (void *ctx, void *block, size_t old_size, size_t new_size);
    void *ctx;
  };

/* Why a load or an instantiation failed, in words. */
struct wasm_error
  {
    char message[160];
  };

/* How a call ended. */
enum wasm_status
  {
    WASM_DONE,          /* Returned; results in wasm_exec_results. */
    WASM_TRAPPED,       /* Trapped; wasm_exec_trap says which. */
    WASM_OUT_OF_FUEL,   /* Stopped at a clean point; resumable. */
    WASM_EXITED,        /* A host function asked to stop (WASI proc_exit). */
  };

/* The traps of the specification, plus the host's own stop request. */
enum wasm_trap
  {
    WASM_TRAP_NONE,
    WASM_TRAP_UNREACHABLE,
    WASM_TRAP_DIVIDE_BY_ZERO,
    WASM_TRAP_INTEGER_OVERFLOW,
    WASM_TRAP_INVALID_CONVERSION,
    WASM_TRAP_MEMORY_OUT_OF_BOUNDS,
    WASM_TRAP_UNDEFINED_ELEMENT,
    WASM_TRAP_UNINITIALIZED_ELEMENT,
    WASM_TRAP_SIGNATURE_MISMATCH,
    WASM_TRAP_STACK_EXHAUSTED,
    WASM_TRAP_HOST,     /* A host function failed. */
    WASM_TRAP_EXIT,     /* A host function ended the program (not a fault). */
  };

/* The specification's wording for TRAP, e.g. "integer divide by zero". */
const char *wasm_trap_message (enum wasm_trap trap);

/* Kinds of imports and exports. */
enum wasm_extern_kind
  {
    WASM_EXTERN_FUNC,
    WASM_EXTERN_TABLE,
    WASM_EXTERN_MEMORY,
    WASM_EXTERN_GLOBAL,
  };

struct wasm_module;
struct wasm_instance;
struct wasm_exec;
struct wasm_func;
struct wasm_table;
struct wasm_memory;
struct wasm_global;

/* An import's value, or an export. */
struct wasm_extern
  {
    enum wasm_extern_kind kind;
    union
      {
        struct wasm_func *func;
        struct wasm_table *table;
        struct wasm_memory *memory;
        struct wasm_global *global;
      } u;
  };

/* Modules. */
struct wasm_module *wasm_module_load (const struct wasm_allocator *,
                                      const uint8_t *bytes, size_t size,
                                      struct wasm_error *);
void wasm_module_free (struct wasm_module *);
size_t wasm_module_import_count (const struct wasm_module *);
/* Import I's module and field names (not NUL-terminated: wasm names may
   hold any UTF-8) and kind. */
void wasm_module_import (const struct wasm_module *, size_t i,
                         const char **module, size_t *module_size,
                         const char **name, size_t *name_size,
                         enum wasm_extern_kind *kind);
/* Bytes of internal code the module's functions were translated into
   (their constant pools included, as allocated), and bytes of code they
   came from. */
void wasm_module_code_sizes (const struct wasm_module *, size_t *ir_bytes,
                             size_t *wasm_bytes);

/* Host functions.  SIGNATURE spells the type with one letter per value,
   i I f F for i32 i64 f32 f64: "ii:i" takes two i32s and returns one.
   FN reads its arguments from SLOTS[0...] and writes its result to
   SLOTS[0]; MEMORY is the calling instance's memory (NULL if none).  It
   returns WASM_TRAP_NONE, or the trap to raise. */
typedef enum wasm_trap wasm_host_fn (void *ctx, struct wasm_memory *memory,
                                     union wasm_slot *slots);
struct wasm_func *wasm_host_func_new (const struct wasm_allocator *,
                                      const char *signature,
                                      wasm_host_fn *fn, void *ctx);
void wasm_host_func_free (struct wasm_func *);

/* Objects an embedder makes to offer as imports.  MAX_PAGES or MAX_SIZE
   UINT32_MAX means "no maximum". */
struct wasm_memory *wasm_memory_new (const struct wasm_allocator *,
                                     uint32_t pages, uint32_t max_pages);
void wasm_memory_free (struct wasm_memory *);
uint8_t *wasm_memory_data (struct wasm_memory *);
uint32_t wasm_memory_size (const struct wasm_memory *);   /* in bytes */
struct wasm_table *wasm_table_new (const struct wasm_allocator *,
                                   uint32_t size, uint32_t max_size);
void wasm_table_free (struct wasm_table *);
struct wasm_global *wasm_global_new (const struct wasm_allocator *,
                                     enum wasm_type, bool mutable_,
                                     uint64_t bits);
void wasm_global_free (struct wasm_global *);
uint64_t wasm_global_value (const struct wasm_global *);

/* Instances.  IMPORTS holds one extern per import of the module, in
   order; each is checked against the import's type.  Segments are
   written, but the start function is not run: call wasm_instance_start's
   function (if any) on an exec, with the fuel you choose.  MAX_PAGES caps
   the memory this instance may define or grow. */
struct wasm_instance *wasm_instance_new (const struct wasm_module *,
                                         const struct wasm_extern *imports,
                                         size_t import_count,
                                         uint32_t max_pages,
                                         struct wasm_error *);
void wasm_instance_free (struct wasm_instance *);
struct wasm_func *wasm_instance_start (const struct wasm_instance *);
/* The export called NAME, or false. */
bool wasm_instance_export (const struct wasm_instance *, const char *name,
                           size_t name_size, struct wasm_extern *);

/* A function's type: parameter and result counts and types. */
size_t wasm_func_param_count (const struct wasm_func *);
size_t wasm_func_result_count (const struct wasm_func *);
enum wasm_type wasm_func_param_type (const struct wasm_func *, size_t i);
enum wasm_type wasm_func_result_type (const struct wasm_func *, size_t i);

/* Execution.  STACK_SLOTS values and CALL_DEPTH nested calls at most. */
struct wasm_exec *wasm_exec_new (const struct wasm_allocator *,
                                 size_t stack_slots, size_t call_depth);
void wasm_exec_free (struct wasm_exec *);
/* Fuel for the calls to come; WASM_FUEL_UNLIMITED for no limit. */
#define WASM_FUEL_UNLIMITED INT64_MAX
void wasm_exec_set_fuel (struct wasm_exec *, int64_t fuel);
int64_t wasm_exec_fuel (const struct wasm_exec *);
/* Calls FUNC with ARGS (as many as it takes). */
enum wasm_status wasm_call (struct wasm_exec *, struct wasm_func *,
                            const union wasm_slot *args);
/* Continues a call that ran out of fuel. */
enum wasm_status wasm_resume (struct wasm_exec *);
/* Drops a call that ran out of fuel; the exec is ready for a new one. */
void wasm_exec_abandon (struct wasm_exec *);
const union wasm_slot *wasm_exec_results (const struct wasm_exec *);
enum wasm_trap wasm_exec_trap (const struct wasm_exec *);

#endif /* ipwis/wasm/wasm.h */
