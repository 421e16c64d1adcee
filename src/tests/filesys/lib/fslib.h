/* Helpers of the filesys tests, on top of tests/userprog/lib/testlib.h:
   whole files written and checked in one call, and the "check" mode of a
   test's second boot (the persistence and crash variants). */
#ifndef TESTS_FILESYS_LIB_FSLIB_H
#define TESTS_FILESYS_LIB_FSLIB_H

#include <stdbool.h>
#include <stddef.h>
#include "tests/userprog/lib/testlib.h"

/* Creates NAME empty and writes SIZE bytes of pattern SEED to it, CHUNK
   bytes per write; fails the test if any step does. */
void write_file (const char *name, size_t size, unsigned seed, size_t chunk);
/* Fails unless NAME holds exactly SIZE bytes of pattern SEED, reading it
   CHUNK bytes at a time. */
void check_file (const char *name, size_t size, unsigned seed, size_t chunk);
/* Fails unless the SIZE bytes of open file FD at OFFSET are all zero. */
void check_zeros (int fd, size_t offset, size_t size);
/* Was the program started with "check" as its first argument: is this
   the boot that checks what an earlier boot left? */
bool checking (int argc, char *argv[]);
/* The main() of every filesys test: runs OPERATE (the test's first
   boot) between "begin" and "end" or, when the program was started with
   "check", VERIFY (the checking boot of the -p and crash variants)
   between "begin check" and "end check".  VERIFY is NULL for a test
   that is never run again. */
int fs_test_main (int argc, char *argv[], void (*operate) (void),
                  void (*verify) (void));

#endif /* tests/filesys/lib/fslib.h */
