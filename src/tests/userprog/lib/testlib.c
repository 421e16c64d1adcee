/* Reporting and helpers for user-program tests: see testlib.h. */
#include "tests/userprog/lib/testlib.h"
#include <stdarg.h>
#include <stdio.h>
#include <syscall.h>

/* Prints PREFIX and FORMAT as one line starting "(NAME) ". The whole
   line goes out in one write, so lines of processes running at once do
   not mix. */
static void
report (const char *prefix, const char *format, va_list args)
{
  char line[256];
  int length = snprintf (line, sizeof line, "(%s) %s", test_name, prefix);
  if (length < (int) sizeof line)
    length += vsnprintf (line + length, sizeof line - length, format, args);
  if (length > (int) sizeof line - 2)
    length = sizeof line - 2;
  line[length++] = '\n';
  write (1, line, length);
}

void
msg (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  report ("", format, args);
  va_end (args);
}

void
fail (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  report ("FAIL: ", format, args);
  va_end (args);
  exit (1);
}

/* The byte fill_pattern puts at POSITION: a cheap hash of both, so that
   nearby positions and different seeds give different bytes. */
static uint8_t
pattern_byte (unsigned seed, size_t position)
{
  uint32_t x = (seed + 1) * 2654435761u ^ (uint32_t) position * 40503u;
  return (x >> 13) ^ (x >> 5) ^ x;
}

void
fill_pattern (void *buffer, size_t size, unsigned seed, size_t position)
{
  uint8_t *bytes = buffer;
  for (size_t i = 0; i < size; i++)
    bytes[i] = pattern_byte (seed, position + i);
}

void
check_pattern (const void *buffer, size_t size, unsigned seed,
               size_t position, const char *what)
{
  const uint8_t *bytes = buffer;
  for (size_t i = 0; i < size; i++)
    if (bytes[i] != pattern_byte (seed, position + i))
      fail ("%s: byte %zu is %#04x, expected %#04x", what, position + i,
            bytes[i], pattern_byte (seed, position + i));
}

int
run (const char *cmdline)
{
  pid_t pid = exec (cmdline);
  if (pid == PID_ERROR)
    fail ("exec(\"%s\") failed", cmdline);
  return wait (pid);
}
