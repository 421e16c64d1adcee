/* Sends standard output to a temporary file while a test runs, so the
   test can read back what the code under test printed.  Kept apart from
   the other test files because it needs POSIX headers, whose off_t would
   clash with the kernel's (see the Makefile). */
#include "capture.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static FILE *capture;           /* Where stdout goes meanwhile. */
static int real_stdout;         /* A copy of the real stdout. */
static char text[16384];

void
capture_begin (void)
{
  fflush (stdout);
  capture = tmpfile ();
  real_stdout = dup (STDOUT_FILENO);
  if (capture == NULL || real_stdout < 0
      || dup2 (fileno (capture), STDOUT_FILENO) < 0)
    {
      perror ("capturing test output");
      exit (2);
    }
}

/* What has been printed since capture_begin() (its first 16 kB). */
const char *
capture_text (void)
{
  size_t length;

  fflush (stdout);
  rewind (capture);
  length = fread (text, 1, sizeof text - 1, capture);
  text[length] = '\0';
  fseek (capture, 0, SEEK_END);
  return text;
}

void
capture_end (void)
{
  fflush (stdout);
  dup2 (real_stdout, STDOUT_FILENO);
  close (real_stdout);
  fclose (capture);
}
