/* Starts children with command lines at and just past the kernel's
   limits: 1024 bytes and 128 words fit, one byte or one word more do not
   and exec returns -1, and so does a command line longer than a page. A
   command line full of spaces between words counts its spaces too. */
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "args-limits";

/* Room for the longest command line tried, a page and more. */
static char cmdline[PAGE_SIZE + 100];

/* Makes "child-args w1 w2 ... wN" with WORDS words after the name, each
   word padded with SPACES spaces after it, the last one padded out to
   LENGTH bytes if LENGTH is larger. */
static void
build (int words, int spaces, size_t length)
{
  size_t used = strlcpy (cmdline, "child-args", sizeof cmdline);
  for (int i = 1; i <= words; i++)
    used += snprintf (cmdline + used, sizeof cmdline - used, "%*sw%d",
                      spaces, "", i % 10);
  while (used < length)
    cmdline[used++] = ' ';
  cmdline[used] = '\0';
}

/* Runs the command line built last, and reports what happened. */
static void
try (const char *what)
{
  pid_t pid = exec (cmdline);
  if (pid == PID_ERROR)
    msg ("%s (%zu bytes): exec failed", what, strlen (cmdline));
  else
    msg ("%s (%zu bytes): child exited with %d", what, strlen (cmdline),
         wait (pid));
}

int
main (void)
{
  msg ("begin");
  build (127, 1, 1024);
  try ("128 words");
  build (128, 1, 0);
  try ("129 words");
  build (100, 7, 1024);
  try ("101 words, many spaces");
  build (100, 7, 1025);
  try ("one byte too long");
  build (3, 1, PAGE_SIZE + 10);
  try ("longer than a page");
  msg ("end");
  return 0;
}
