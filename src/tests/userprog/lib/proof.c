/* Proof that a test program really ran: lines a kernel cannot print
   without running it.

   For each run the harness draws a random nonce and passes it to the
   test program as its last argument, `nonce=HEX`.  Before main, the
   program takes that word off its command line and prints a proof of its
   start; when it ends by itself, a proof of its exit status:

     (NAME) proof start: 7d1c09a2
     (NAME) proof exit(0): 4be85f13

   Each proof is a hash of the nonce, the program's name and the event, so
   it differs on every run: a kernel that prints an output recorded
   earlier, instead of running the program, fails.  The harness checks
   the proofs and leaves them out before comparing the output with the
   .ck file's (src/utils/proof.py has the other half).  A program started
   without a nonce (a child the test execs, or one run by hand) proves
   nothing and prints no proof.

   Tests need not call this file (except the few that exit by a system
   call of their own, which call prove_exit first): test programs are
   linked with `--wrap=main --wrap=exit` (see Make.testlib), which makes
   the linker send the entry point's call of main to __wrap_main below,
   and every call of exit to __wrap_exit. */
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

/* The word the harness appends, then the nonce. */
#define NONCE_PREFIX "nonce="

int __real_main (int argc, char *argv[]);
void __real_exit (int status) NO_RETURN;
int __wrap_main (int argc, char *argv[]);
void __wrap_exit (int status) NO_RETURN;

/* This run's nonce, empty when the program was given none. */
static char nonce[16];

/* The 32-bit FNV-1a hash of TEXT: small, and the same in Python. */
static uint32_t
fnv1a (const char *text)
{
  uint32_t hash = 2166136261u;
  for (; *text != '\0'; text++)
    hash = (hash ^ (uint8_t) *text) * 16777619u;
  return hash;
}

/* Prints the proof of EVENT ("start", "exit(0)", ...), if there is a
   nonce to prove it with. */
static void
prove (const char *event)
{
  char text[128];
  if (nonce[0] == '\0')
    return;
  snprintf (text, sizeof text, "%s %s %s", nonce, test_name, event);
  msg ("proof %s: %08x", event, (unsigned) fnv1a (text));
}

/* Takes the nonce off the end of the command line, so that main sees the
   arguments of the test alone.  The kernel's null pointer after the last
   argument moves down with it, so a test of argv[argc] still tests what
   the kernel put there. */
int
__wrap_main (int argc, char *argv[])
{
  if (argc > 1 && !strncmp (argv[argc - 1], NONCE_PREFIX, strlen (NONCE_PREFIX)))
    {
      strlcpy (nonce, argv[argc - 1] + strlen (NONCE_PREFIX), sizeof nonce);
      argv[argc - 1] = argv[argc];
      argc--;
    }
  prove ("start");
  return __real_main (argc, argv);
}

void
prove_exit (int status)
{
  char event[32];
  snprintf (event, sizeof event, "exit(%d)", status);
  prove (event);
}

void
__wrap_exit (int status)
{
  prove_exit (status);
  __real_exit (status);
}
