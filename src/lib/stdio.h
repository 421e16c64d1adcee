/* Formatted output.  vformat is the one printf engine: every printf-like
   function here hands it a small "emit one character" function saying
   where the characters go. */
#ifndef LIB_STDIO_H
#define LIB_STDIO_H

#include <debug.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Formats FORMAT with ARGS, passing each character to EMIT together with
   AUX; returns how many characters were emitted.  Knows %d %i %u %o %x %X
   %c %s %p %%, the flags - 0 + space #, a width and a precision (either
   may be *), and the sizes hh h l ll j z t; anything else is emitted
   as written. */
int vformat (void (*emit) (char, void *aux), void *aux,
             const char *format, va_list args) PRINTF_FORMAT (3, 0);

/* Format into BUFFER, storing at most SIZE bytes including the final NUL;
   return the length the whole result would have had. */
int snprintf (char *buffer, size_t size, const char *format, ...)
  PRINTF_FORMAT (3, 4);
int vsnprintf (char *buffer, size_t size, const char *format, va_list args)
  PRINTF_FORMAT (3, 0);

/* Format to the console. */
int printf (const char *format, ...) PRINTF_FORMAT (1, 2);

/* Prints SIZE bytes of BUF, 16 to a line, each line starting with the
   offset of its first byte counted from OFFSET; with ASCII, also shows
   the printable bytes as text. */
void hex_dump (uintptr_t offset, const void *buf, size_t size, bool ascii);

/* Console output.  Declared here, but supplied by the environment:
   lib/kernel/console.c in the kernel, lib/user/console.c for user
   programs. */
int vprintf (const char *format, va_list args) PRINTF_FORMAT (1, 0);
int putchar (int ch);
int puts (const char *string);

/* sprintf and vsprintf cannot know how big their buffer is; poison them
   so the compiler points at any use.  Use snprintf. */
#pragma GCC poison sprintf vsprintf

#endif /* lib/stdio.h */
