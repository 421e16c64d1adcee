/* What every user-program test links with: reporting in the harness's
   format, and a few helpers for files and memory. Used by the tests of
   tests/userprog and tests/filesys-base. */
#ifndef TESTS_USERPROG_LIB_TESTLIB_H
#define TESTS_USERPROG_LIB_TESTLIB_H

#include <debug.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Each test program defines its name: every line it reports starts with
   "(NAME) ", which is how the harness tells test output from the rest. */
extern const char test_name[];

/* Prints "(NAME) " and the message on a line of its own. */
void msg (const char *format, ...) PRINTF_FORMAT (1, 2);
/* Prints "(NAME) FAIL: " and the message, then exits with status 1. */
void fail (const char *format, ...) PRINTF_FORMAT (1, 2) NO_RETURN;
/* Reports the message if CONDITION holds, fails with it if not. */
#define check(CONDITION, ...)                   \
  do {                                          \
    if (CONDITION)                              \
      msg (__VA_ARGS__);                        \
    else                                        \
      fail (__VA_ARGS__);                       \
  } while (0)

/* Where the kernel begins: user programs cannot include threads/vaddr.h. */
#define USER_TOP ((uintptr_t) 0xc0000000)
#define PAGE_SIZE 4096

/* Fills SIZE bytes at BUFFER with bytes that depend on SEED and on each
   byte's position, so that a misplaced or missing byte is noticed. */
void fill_pattern (void *buffer, size_t size, unsigned seed, size_t position);
/* Fails unless BUFFER holds what fill_pattern would put there. */
void check_pattern (const void *buffer, size_t size, unsigned seed,
                    size_t position, const char *what);

/* Prints the proof that the program exits with STATUS (see proof.c).
   exit() does it by itself; only a test that leaves by its own system
   call, without exit(), calls this first. */
void prove_exit (int status);

/* exec and wait together: runs CMDLINE and returns its exit status;
   fails if it cannot be started. */
int run (const char *cmdline);

#endif /* tests/userprog/lib/testlib.h */
