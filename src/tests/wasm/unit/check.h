/* What the engine's C unit tests share: failing a group, a counting
   allocator that can be told to fail, and loading the modules that the
   Makefile assembled from the .wat files of unit/ into build/unit/. */
#ifndef TESTS_WASM_CHECK_H
#define TESTS_WASM_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include "ipwis/wasm/wasm.h"

void fail (const char *file, int line, const char *format, ...)
  __attribute__ ((format (printf, 3, 4), noreturn));
#define EXPECT(CONDITION, ...)                                  \
  do {                                                          \
    if (!(CONDITION))                                           \
      fail (__FILE__, __LINE__, __VA_ARGS__);                   \
  } while (0)

/* The counting allocator: every block it hands out carries its size,
   which must match what the engine says when it resizes or frees it. */
extern const struct wasm_allocator counting_allocator;
size_t live_blocks (void);
/* Allocations from now on succeed COUNT times, then fail (-1: never). */
void fail_allocations_after (long count);

/* The module build/unit/NAME.wasm, loaded with the counting allocator. */
struct wasm_module *load_unit_module (const char *name);
/* Instantiates M without imports and returns its export NAME. */
struct wasm_func *export_func (struct wasm_instance *, const char *name);

void test_reader (void);
void test_fuel (void);
void test_wasi (void);
void test_alloc (void);

#endif /* tests/wasm/check.h */
