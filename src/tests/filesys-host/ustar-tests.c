/* Tests of lib/ustar.c, including archives made by Python's tarfile,
   which is what the runner uses on the other side of the scratch disk. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ustar.h>
#include "harness.h"

/* Archives exchanged with tar-interop.py, run from the test directory. */
#define FROM_PYTHON "build/from-python.tar"
#define FROM_C "build/from-c.tar"
#define INTEROP "python3 tar-interop.py"

static const char *
test_round_trip (void)
{
  static char block[USTAR_BLOCK_SIZE];
  struct ustar_member member;
  const char *error = NULL;

  CHECK (ustar_make_header (block, "hello.txt", USTAR_REGULAR, 12345));
  CHECK (ustar_parse (block, &member, &error) == USTAR_MEMBER);
  CHECK (strcmp (member.name, "hello.txt") == 0);
  CHECK (member.type == USTAR_REGULAR);
  CHECK (member.size == 12345);

  CHECK (ustar_make_header (block, "d", USTAR_DIRECTORY, 99));
  CHECK (ustar_parse (block, &member, &error) == USTAR_MEMBER);
  CHECK (member.type == USTAR_DIRECTORY && member.size == 0);
  return NULL;
}

static const char *
test_bad_headers (void)
{
  static char block[USTAR_BLOCK_SIZE];
  char long_name[USTAR_NAME_MAX + 2];
  struct ustar_member member;
  const char *error = NULL;

  memset (block, 0, sizeof block);
  CHECK (ustar_parse (block, &member, &error) == USTAR_END);

  /* One flipped byte breaks the checksum. */
  CHECK (ustar_make_header (block, "file", USTAR_REGULAR, 10));
  block[2] ^= 1;
  CHECK (ustar_parse (block, &member, &error) == USTAR_BAD);
  CHECK (strcmp (error, "bad header checksum") == 0);

  /* Random bytes are not a header. */
  srand (7);
  for (size_t i = 0; i < sizeof block; i++)
    block[i] = rand ();
  CHECK (ustar_parse (block, &member, &error) == USTAR_BAD);

  /* A size that is not octal. */
  CHECK (ustar_make_header (block, "file", USTAR_REGULAR, 10));
  memcpy (block + 124, "00000000009", 11);
  CHECK (ustar_parse (block, &member, &error) == USTAR_BAD);

  memset (long_name, 'n', sizeof long_name - 1);
  long_name[sizeof long_name - 1] = '\0';
  CHECK (!ustar_make_header (block, long_name, USTAR_REGULAR, 1));
  CHECK (!ustar_make_header (block, "", USTAR_REGULAR, 1));
  return NULL;
}

/* Python writes FROM_PYTHON: "hello" (the 6 bytes "hello\n") and
   "empty" (no bytes), then the end of the archive. */
static const char *
test_python_archive (void)
{
  static char archive[16 * USTAR_BLOCK_SIZE];
  struct ustar_member member;
  const char *error = NULL;
  FILE *file;
  size_t length;

  CHECK (system (INTEROP " make " FROM_PYTHON) == 0);
  file = fopen (FROM_PYTHON, "rb");
  CHECK (file != NULL);
  length = fread (archive, 1, sizeof archive, file);
  fclose (file);
  CHECK (length >= 4 * USTAR_BLOCK_SIZE);
  CHECK (ustar_parse (archive, &member, &error) == USTAR_MEMBER);
  CHECK (strcmp (member.name, "hello") == 0 && member.size == 6);
  CHECK (memcmp (archive + USTAR_BLOCK_SIZE, "hello\n", 6) == 0);
  CHECK (ustar_parse (archive + 2 * USTAR_BLOCK_SIZE, &member, &error)
         == USTAR_MEMBER);
  CHECK (strcmp (member.name, "empty") == 0 && member.size == 0);
  CHECK (ustar_parse (archive + 3 * USTAR_BLOCK_SIZE, &member, &error)
         == USTAR_END);
  return NULL;
}

/* Writes FROM_C, "out" holding "skiff\n", and has Python read it. */
static const char *
test_read_by_python (void)
{
  static char archive[4 * USTAR_BLOCK_SIZE];
  FILE *file;

  memset (archive, 0, sizeof archive);
  CHECK (ustar_make_header (archive, "out", USTAR_REGULAR, 6));
  memcpy (archive + USTAR_BLOCK_SIZE, "skiff\n", 6);
  file = fopen (FROM_C, "wb");
  CHECK (file != NULL);
  CHECK (fwrite (archive, 1, sizeof archive, file) == sizeof archive);
  CHECK (fclose (file) == 0);
  CHECK (system (INTEROP " check " FROM_C) == 0);
  return NULL;
}

const struct test ustar_tests[] =
  {
    { "ustar-round-trip", test_round_trip },
    { "ustar-bad-headers", test_bad_headers },
    { "ustar-python-archive", test_python_archive },
    { "ustar-read-by-python", test_read_by_python },
    { NULL, NULL }
  };
