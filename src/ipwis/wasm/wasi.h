/* WASI preview 1, the subset that C programs built with wasi-libc need:
   printing, reading stdin, arguments, environment, clocks, random bytes
   and exit.  The functions here check every pointer against the calling
   instance's memory and leave the actual I/O to the embedder, through
   struct wasi_io, so the kernel can plug in its own devices. */
#ifndef IPWIS_WASM_WASI_H
#define IPWIS_WASM_WASI_H

#include "ipwis/wasm/wasm.h"

/* WASI's error numbers that these functions return. */
#define WASI_ESUCCESS 0
#define WASI_EBADF 8
#define WASI_EFAULT 21
#define WASI_EINVAL 28
#define WASI_EIO 29
#define WASI_ESPIPE 70

/* What the embedder provides.  READ and WRITE return a byte count or a
   negative WASI error number; SEEK and CLOSE return 0 or a WASI error. */
struct wasi_io
  {
    int32_t (*write) (void *ctx, uint32_t fd, const uint8_t *data, uint32_t size);
    int32_t (*read) (void *ctx, uint32_t fd, uint8_t *data, uint32_t size);
    int32_t (*close) (void *ctx, uint32_t fd);
    int32_t (*seek) (void *ctx, uint32_t fd, int64_t offset, uint8_t whence,
                     uint64_t *position);
    /* Is FD open?  Its WASI file type (2: character device, 4: file). */
    bool (*file_type) (void *ctx, uint32_t fd, uint8_t *type);
    /* Nanoseconds on clock ID (0 realtime, 1 monotonic ...), or false. */
    bool (*clock) (void *ctx, uint32_t id, uint64_t *nanoseconds);
    void (*random) (void *ctx, uint8_t *buffer, uint32_t size);
    void *ctx;
  };

#define WASI_FUNCTIONS 12

struct wasi
  {
    struct wasi_io io;
    int argc;
    const char *const *argv;
    int envc;
    const char *const *envp;
    int32_t exit_code;               /* set by proc_exit */
    struct wasm_func *funcs[WASI_FUNCTIONS];
  };

/* Makes WASI's host functions; false if out of memory. */
bool wasi_init (struct wasi *, const struct wasm_allocator *,
                const struct wasi_io *, int argc, const char *const *argv,
                int envc, const char *const *envp);
void wasi_free (struct wasi *);
/* Fills IMPORTS (one per import of MODULE) with WASI's functions; false,
   naming the import, if the module wants anything else. */
bool wasi_link (struct wasi *, const struct wasm_module *,
                struct wasm_extern *imports, struct wasm_error *);

#endif /* ipwis/wasm/wasi.h */
