/* Protection modes and the imports each may use. Every function a WASM
   module can import from IPWIS (the `ipwis' module and the subset of WASI
   preview 1 that Skiff provides) is tagged with the modes allowed to use
   it; a module whose imports its mode does not allow is refused when it is
   loaded, before any of its code runs. The rules are in doc/ipwis.md. */
#ifndef IPWIS_MODES_H
#define IPWIS_MODES_H

#include <stdbool.h>
#include <stddef.h>

/* From least to most privileged. */
enum ipwis_mode
  {
    MODE_WORKER, MODE_ENTRY, MODE_INTERRUPT, MODE_KERNEL, MODE_CNT
  };

#define MODE_BIT(MODE) (1u << (MODE))

struct ipwis_import
  {
    const char *module;
    const char *name;
    unsigned modes;             /* MODE_BIT of each mode that may import it. */
  };

/* One import of a module as the WASM loader finds it: names are byte
   strings of the given lengths, not NUL-ended. */
struct ipwis_import_name
  {
    const char *module;
    size_t module_len;
    const char *name;
    size_t name_len;
  };

#define IPWIS_MODULE "ipwis"
#define WASI_MODULE "wasi_snapshot_preview1"

const char *ipwis_mode_name (enum ipwis_mode);
const struct ipwis_import *ipwis_find_import (const struct ipwis_import_name *);
bool ipwis_check_imports (enum ipwis_mode, const struct ipwis_import_name *imports,
                          size_t import_cnt, char *message, size_t message_size);

#endif /* ipwis/modes.h */
