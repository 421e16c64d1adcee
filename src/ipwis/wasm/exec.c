/* Execs: the stacks a call runs on, its fuel, and the entry points that
   start, resume or abandon a call. */
#include <string.h>
#include "ipwis/wasm/internal.h"

/* Fuel is spent from a 32-bit budget, refilled from the reserve. */
#define FUEL_CHUNK (1 << 30)

struct wasm_exec *
wasm_exec_new (const struct wasm_allocator *alloc, size_t stack_slots,
               size_t call_depth)
{
  if (stack_slots == 0 || stack_slots > SIZE_MAX / 4 / sizeof (union wasm_slot)
      || call_depth > UINT32_MAX / 2
      || call_depth > SIZE_MAX / 4 / sizeof (struct wasm_call_record))
    return NULL;
  struct wasm_exec *exec = alloc->resize (alloc->ctx, NULL, 0, sizeof *exec);
  if (exec == NULL)
    return NULL;
  memset (exec, 0, sizeof *exec);
  exec->alloc = *alloc;
  exec->stack = alloc->resize (alloc->ctx, NULL, 0,
                               stack_slots * sizeof *exec->stack);
  exec->stack_end = exec->stack ? exec->stack + stack_slots : NULL;
  exec->calls = alloc->resize (alloc->ctx, NULL, 0,
                               (call_depth + 1) * sizeof *exec->calls);
  exec->call_max = (uint32_t) call_depth;
  if (exec->stack == NULL || exec->calls == NULL)
    {
      wasm_exec_free (exec);
      return NULL;
    }
  wasm_exec_set_fuel (exec, WASM_FUEL_UNLIMITED);
  return exec;
}

void
wasm_exec_free (struct wasm_exec *exec)
{
  if (exec == NULL)
    return;
  struct wasm_allocator *a = &exec->alloc;
  if (exec->stack)
    a->resize (a->ctx, exec->stack,
               (size_t) (exec->stack_end - exec->stack) * sizeof *exec->stack, 0);
  if (exec->calls)
    a->resize (a->ctx, exec->calls,
               (exec->call_max + 1) * sizeof *exec->calls, 0);
  a->resize (a->ctx, exec, sizeof *exec, 0);
}

void
wasm_exec_set_fuel (struct wasm_exec *exec, int64_t fuel)
{
  if (fuel < 0)
    fuel = 0;
  exec->fuel = (int32_t) (fuel < FUEL_CHUNK ? fuel : FUEL_CHUNK);
  exec->fuel_reserve = fuel - exec->fuel;
}

int64_t
wasm_exec_fuel (const struct wasm_exec *exec)
{
  if (exec->fuel_reserve > INT64_MAX - FUEL_CHUNK)
    return WASM_FUEL_UNLIMITED;
  return exec->fuel + exec->fuel_reserve;
}

enum wasm_status
wasm_call (struct wasm_exec *exec, struct wasm_func *func,
           const union wasm_slot *args)
{
  wasm_exec_abandon (exec);
  size_t params = func->type->param_count;
  size_t room = (size_t) (exec->stack_end - exec->stack);
  exec->trap = WASM_TRAP_NONE;
  if (params > room || (func->code && !wasm_frame_enter (exec, func->code,
                                                         exec->stack)))
    {
      exec->trap = WASM_TRAP_STACK_EXHAUSTED;
      return WASM_TRAPPED;
    }
  if (params > 0)
    memcpy (exec->stack, args, params * sizeof *args);
  if (func->code == NULL)
    {
      exec->trap = func->host (func->host_ctx, NULL, exec->stack);
      if (exec->trap == WASM_TRAP_NONE)
        return WASM_DONE;
      return exec->trap == WASM_TRAP_EXIT ? WASM_EXITED : WASM_TRAPPED;
    }
  exec->ip = func->code->ir;
  exec->fp = exec->stack;
  exec->instance = func->instance;
  exec->call_depth = 0;
  return wasm_interp_run (exec);
}

enum wasm_status
wasm_resume (struct wasm_exec *exec)
{
  if (!exec->suspended)
    return exec->trap == WASM_TRAP_NONE ? WASM_DONE : WASM_TRAPPED;
  if (exec->fuel == 0 && exec->fuel_reserve == 0)
    return WASM_OUT_OF_FUEL;
  return wasm_interp_run (exec);
}

void
wasm_exec_abandon (struct wasm_exec *exec)
{
  exec->suspended = false;
  exec->call_depth = 0;
}

const union wasm_slot *
wasm_exec_results (const struct wasm_exec *exec)
{
  return exec->stack;
}

enum wasm_trap
wasm_exec_trap (const struct wasm_exec *exec)
{
  return exec->trap;
}
