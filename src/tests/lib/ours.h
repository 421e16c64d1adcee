/* The library under test, as the test groups see it.  Its public names
   would clash with the host C library, so the Makefile renames them in
   the compiled library to skiff_NAME (memcpy becomes skiff_memcpy) and
   generates renames.h and unrenames.h to do the same to the declarations
   here.  Afterwards, memcpy means the host's again and skiff_memcpy ours.

   Include this after every host header: our string.h and stdio.h poison
   names such as strcpy and sprintf. */
#ifndef TESTS_LIB_OURS_H
#define TESTS_LIB_OURS_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "renames.h"
#include "lib/crc32.h"
#include "lib/ctype.h"
#include "lib/hmac-sha256.h"
#include "lib/random.h"
#include "lib/sha256.h"
#include "lib/stdio.h"
#include "lib/stdlib.h"
#include "lib/string.h"
#include "lib/kernel/bitmap.h"
#include "lib/kernel/hash.h"
#include "lib/kernel/list.h"
#include "unrenames.h"

/* Our printf, which renames.h cannot rename (see the Makefile); the
   declaration lib/stdio.h makes of printf matches the host's. */
int skiff_printf (const char *format, ...)
  __attribute__ ((format (printf, 1, 2)));

/* Everything the library printed through the console (console.c) since
   the last console_reset. */
void console_reset (void);
const char *console_text (void);

#endif /* tests/lib/ours.h */
