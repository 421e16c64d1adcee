/* Tests of the command-line file actions (src/filesys/fsutil.c): moving
   files between a RAM scratch disk holding a ustar archive and the file
   system, and refusing bad archives without harm. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <ustar.h>
#include "harness.h"
#include "ramdisk.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/fsutil.h"

/* Gives the file system a fresh formatted disk and the scratch role a
   zeroed disk of SCRATCH_SECTORS. */
static bool
fresh_disks (block_sector_t scratch_sectors)
{
  ramdisk_attach (BLOCK_FILESYS, 512);
  ramdisk_attach (BLOCK_SCRATCH, scratch_sectors);
  return filesys_init (true);
}

static uint8_t *
scratch_sector (block_sector_t sector)
{
  return ramdisk_bytes (BLOCK_SCRATCH) + sector * USTAR_BLOCK_SIZE;
}

/* Writes a member NAME of TYPE with SIZE bytes of data, each byte FILL,
   at *SECTOR of the scratch disk, and moves *SECTOR past it. */
static void
put_member (block_sector_t *sector, const char *name, enum ustar_type type,
            uint32_t size, uint8_t fill)
{
  ustar_make_header (scratch_sector (*sector), name, type, size);
  memset (scratch_sector (*sector + 1), fill, size);
  *sector += 1 + (size + USTAR_BLOCK_SIZE - 1) / USTAR_BLOCK_SIZE;
}

/* Does file NAME hold SIZE bytes, all FILL? */
static bool
file_holds (const char *name, off_t size, uint8_t fill)
{
  static uint8_t buffer[4096];
  struct file *file = filesys_open (name);
  bool ok = (file != NULL && file_length (file) == size
             && file_read (file, buffer, sizeof buffer) == size);

  for (off_t i = 0; ok && i < size; i++)
    ok = buffer[i] == fill;
  file_close (file);
  return ok;
}

/* The argument vector the kernel would pass for "ACTION FILE". */
static char **
argv_of (const char *action, const char *file)
{
  static char *argv[3];
  argv[0] = (char *) action;
  argv[1] = (char *) file;
  argv[2] = NULL;
  return argv;
}

static const char *
test_extract_append (void)
{
  struct ustar_member member;
  const char *error;
  block_sector_t sector = 0;

  CHECK (fresh_disks (64));
  put_member (&sector, "big", USTAR_REGULAR, 1300, 0xab);
  put_member (&sector, "dir", USTAR_DIRECTORY, 0, 0);
  put_member (&sector, "empty", USTAR_REGULAR, 0, 0);
  fsutil_extract (argv_of ("extract", NULL));
  CHECK (strstr (test_output (), "Extraction complete.") != NULL);
  CHECK (strstr (test_output (), "skipping 'dir'") != NULL);
  CHECK (file_holds ("big", 1300, 0xab));
  CHECK (file_holds ("empty", 0, 0));
  CHECK (filesys_open ("dir") == NULL);

  /* The archive is now empty, and append starts a new one. */
  CHECK (ustar_parse (scratch_sector (0), &member, &error) == USTAR_END);
  fsutil_append (argv_of ("append", "big"));
  fsutil_append (argv_of ("append", "empty"));
  CHECK (ustar_parse (scratch_sector (0), &member, &error) == USTAR_MEMBER);
  CHECK (strcmp (member.name, "big") == 0 && member.size == 1300);
  CHECK (scratch_sector (1)[0] == 0xab && scratch_sector (3)[275] == 0xab);
  CHECK (scratch_sector (3)[276] == 0);
  CHECK (ustar_parse (scratch_sector (4), &member, &error) == USTAR_MEMBER);
  CHECK (strcmp (member.name, "empty") == 0 && member.size == 0);
  CHECK (ustar_parse (scratch_sector (5), &member, &error) == USTAR_END);
  CHECK (ustar_parse (scratch_sector (6), &member, &error) == USTAR_END);
  return NULL;
}

static const char *
test_ls_cat_rm (void)
{
  block_sector_t sector = 0;

  CHECK (fresh_disks (16));
  put_member (&sector, "note", USTAR_REGULAR, 5, 'x');
  fsutil_extract (argv_of ("extract", NULL));
  fsutil_ls (argv_of ("ls", NULL));
  CHECK (strstr (test_output (), "note") != NULL);
  CHECK (strstr (test_output (), "1 file.") != NULL);
  fsutil_cat (argv_of ("cat", "note"));
  CHECK (strstr (test_output (), "78 78 78 78 78") != NULL);
  fsutil_rm (argv_of ("rm", "note"));
  CHECK (filesys_open ("note") == NULL);
  fsutil_rm (argv_of ("rm", "note"));
  CHECK (strstr (test_output (), "rm: cannot delete 'note'") != NULL);
  fsutil_cat (argv_of ("cat", "note"));
  CHECK (strstr (test_output (), "cat: cannot open 'note'") != NULL);
  return NULL;
}

static const char *
test_bad_archive (void)
{
  block_sector_t sector = 0;

  CHECK (fresh_disks (16));
  put_member (&sector, "good", USTAR_REGULAR, 10, 1);
  memset (scratch_sector (sector), 0x5a, USTAR_BLOCK_SIZE);
  fsutil_extract (argv_of ("extract", NULL));
  CHECK (strstr (test_output (), "bad archive on hdc at sector 2: not a "
                 "ustar header") != NULL);
  CHECK (strstr (test_output (), "Extraction complete.") == NULL);
  CHECK (file_holds ("good", 10, 1));

  /* Appending to a bad archive is refused too. */
  fsutil_append (argv_of ("append", "good"));
  CHECK (strstr (test_output (), "append: bad archive") != NULL);
  return NULL;
}

static const char *
test_member_past_end (void)
{
  block_sector_t sector = 0;

  CHECK (fresh_disks (8));
  put_member (&sector, "fits", USTAR_REGULAR, 512, 2);
  ustar_make_header (scratch_sector (sector), "huge", USTAR_REGULAR, 1 << 20);
  fsutil_extract (argv_of ("extract", NULL));
  CHECK (strstr (test_output (), "member runs past the end") != NULL);
  CHECK (filesys_open ("huge") == NULL);
  return NULL;
}

static const char *
test_no_end_marker (void)
{
  block_sector_t sector = 0;

  /* Members fill the disk and no zero block follows. */
  CHECK (fresh_disks (4));
  put_member (&sector, "one", USTAR_REGULAR, 512, 1);
  put_member (&sector, "two", USTAR_REGULAR, 512, 2);
  fsutil_extract (argv_of ("extract", NULL));
  CHECK (strstr (test_output (), "does not end") != NULL);
  return NULL;
}

static const char *
test_append_no_room (void)
{
  CHECK (fresh_disks (4));
  CHECK (filesys_create ("large", 2000));
  fsutil_append (argv_of ("append", "large"));
  CHECK (strstr (test_output (), "no room for 'large'") != NULL);
  fsutil_append (argv_of ("append", "missing"));
  CHECK (strstr (test_output (), "cannot open 'missing'") != NULL);
  return NULL;
}

static const char *
test_name_taken (void)
{
  block_sector_t sector = 0;

  CHECK (fresh_disks (16));
  CHECK (filesys_create ("dup", 3));
  put_member (&sector, "dup", USTAR_REGULAR, 10, 1);
  put_member (&sector, "much-too-long-name", USTAR_REGULAR, 10, 1);
  put_member (&sector, "after", USTAR_REGULAR, 10, 7);
  fsutil_extract (argv_of ("extract", NULL));
  CHECK (strstr (test_output (), "cannot create 'dup'") != NULL);
  CHECK (strstr (test_output (), "cannot create 'much-too-long-name'")
         != NULL);
  CHECK (file_holds ("dup", 3, 0));
  CHECK (file_holds ("after", 10, 7));
  return NULL;
}

static const char *
test_no_scratch (void)
{
  CHECK (fresh_disks (4));
  ramdisk_detach (BLOCK_SCRATCH);
  fsutil_extract (argv_of ("extract", NULL));
  CHECK (strstr (test_output (), "extract: no scratch disk") != NULL);
  fsutil_append (argv_of ("append", "x"));
  CHECK (strstr (test_output (), "append: no scratch disk") != NULL);
  return NULL;
}

const struct test fsutil_tests[] =
  {
    { "fsutil-extract-append", test_extract_append },
    { "fsutil-ls-cat-rm", test_ls_cat_rm },
    { "fsutil-bad-archive", test_bad_archive },
    { "fsutil-member-past-end", test_member_past_end },
    { "fsutil-no-end-marker", test_no_end_marker },
    { "fsutil-append-no-room", test_append_no_room },
    { "fsutil-name-taken", test_name_taken },
    { "fsutil-no-scratch", test_no_scratch },
    { NULL, NULL }
  };
