/* The words the engine reports failures in: trap messages (the
   specification's own wording, which the conformance scripts compare)
   and load or instantiation errors. */
#include <stdarg.h>
#include <stdio.h>
#include "ipwis/wasm/internal.h"

const char *
wasm_trap_message (enum wasm_trap trap)
{
  switch (trap)
    {
    case WASM_TRAP_NONE: return "no trap";
    case WASM_TRAP_UNREACHABLE: return "unreachable";
    case WASM_TRAP_DIVIDE_BY_ZERO: return "integer divide by zero";
    case WASM_TRAP_INTEGER_OVERFLOW: return "integer overflow";
    case WASM_TRAP_INVALID_CONVERSION: return "invalid conversion to integer";
    case WASM_TRAP_MEMORY_OUT_OF_BOUNDS: return "out of bounds memory access";
    case WASM_TRAP_UNDEFINED_ELEMENT: return "undefined element";
    case WASM_TRAP_UNINITIALIZED_ELEMENT: return "uninitialized element";
    case WASM_TRAP_SIGNATURE_MISMATCH: return "indirect call type mismatch";
    case WASM_TRAP_STACK_EXHAUSTED: return "call stack exhausted";
    case WASM_TRAP_HOST: return "host function failed";
    case WASM_TRAP_EXIT: return "program exited";
    }
  return "unknown trap";
}

void
wasm_error_set (struct wasm_error *error, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vsnprintf (error->message, sizeof error->message, format, args);
  va_end (args);
}
