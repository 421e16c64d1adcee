/* What the host command's parts share: the C library's allocator for
   the engine, reading a file, the POSIX side of WASI, and the
   conformance-script runner. */
#ifndef IPWIS_WASM_HOST_HOST_H
#define IPWIS_WASM_HOST_HOST_H

#include <stddef.h>
#include <stdint.h>
#include "ipwis/wasm/wasi.h"

/* Value stack and call depth of the host command's execs. */
#define HOST_STACK_SLOTS (1u << 20)
#define HOST_CALL_DEPTH 30000u
/* The most memory one instance may have, in 64 KiB pages (1 GiB). */
#define HOST_MAX_PAGES 16384u

extern const struct wasm_allocator host_allocator;

/* The whole file PATH in a malloc'd buffer, or NULL (with a message). */
uint8_t *read_file (const char *path, size_t *size);

/* stdin, stdout and stderr through POSIX calls. */
extern const struct wasi_io posix_wasi_io;

/* Runs the wast2json script PATH; prints a line per assertion and the
   totals.  Returns the number of failures. */
int spec_run (const char *path);

#endif /* ipwis/wasm/host/host.h */
