/* Assertions and panics, shared by the kernel and user programs.
   The environment (kernel or user library) supplies debug_panic(); this
   header only decides what gets checked and what a failure reports. */
#ifndef LIB_DEBUG_H
#define LIB_DEBUG_H

/* Attributes that let gcc check our code more closely. */
#define UNUSED __attribute__ ((unused))
#define NO_RETURN __attribute__ ((noreturn))
#define NO_INLINE __attribute__ ((noinline))
#define PRINTF_FORMAT(FMT, FIRST) __attribute__ ((__format__ (__printf__, FMT, FIRST)))

/* Stops everything with a message naming where it was called. */
#define PANIC(...) debug_panic (__FILE__, __LINE__, __func__, __VA_ARGS__)

void debug_panic (const char *file, int line, const char *function,
                  const char *message, ...) PRINTF_FORMAT (4, 5) NO_RETURN;

/* Prints "Call stack:" and the return addresses of the calling chain,
   starting from the frame whose base pointer is FRAME. Kernel and user
   programs each define it, knowing where their stacks lie. */
void debug_backtrace_from (void *frame);
void debug_print_call_stack (void *frame, const void *low, const void *high);
#define debug_backtrace() debug_backtrace_from (__builtin_frame_address (0))

#endif /* lib/debug.h */

/* ASSERT and NOT_REACHED live outside the include guard so that a file
   may define NDEBUG, include this header again, and turn them off. */
#undef ASSERT
#undef NOT_REACHED

#ifndef NDEBUG
#define ASSERT(CONDITION)                                       \
  do {                                                          \
    if (!(CONDITION))                                           \
      PANIC ("assertion `%s' failed.", #CONDITION);             \
  } while (0)
#define NOT_REACHED() PANIC ("executed an unreachable statement")
#else
#define ASSERT(CONDITION) ((void) 0)
#define NOT_REACHED() for (;;)
#endif
