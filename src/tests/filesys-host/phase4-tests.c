/* Tests of the phase-4 file system (src/filesys built with the phase's
   solution switch on), on RAM disks: growth, directories, the redo log
   under power cuts at every point of a run, and images damaged at
   random, which must be refused or used, never crash the code (the
   sanitizers and the RAM disk's bounds check watch). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "ramdisk.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "filesys/layout.h"

#define DISK_SECTORS 2048


static void
pattern (uint8_t *buf, size_t size, unsigned seed, size_t position)
{
  for (size_t i = 0; i < size; i++)
    buf[i] = (uint8_t) ((position + i) * 7 + seed * 13 + ((position + i) >> 9));
}

/* Does file NAME hold SIZE bytes of pattern SEED? */
static bool
holds (const char *name, off_t size, unsigned seed)
{
  static uint8_t got[4096], want[4096];
  struct file *file = filesys_open (name);
  bool ok = file != NULL && file_length (file) == size;

  for (off_t ofs = 0; ok && ofs < size; ofs += sizeof got)
    {
      off_t piece = size - ofs < (off_t) sizeof got ? size - ofs : (off_t) sizeof got;
      pattern (want, piece, seed, ofs);
      ok = (file_read (file, got, piece) == piece
            && memcmp (got, want, piece) == 0);
    }
  file_close (file);
  return ok;
}

/* Writes file NAME, new, of SIZE bytes of pattern SEED, 4 kB per write. */
static bool
make_file (const char *name, off_t size, unsigned seed)
{
  static uint8_t buf[4096];
  struct file *file;
  bool ok = filesys_create (name, 0) && (file = filesys_open (name)) != NULL;

  if (!ok)
    return false;
  for (off_t ofs = 0; ok && ofs < size; ofs += sizeof buf)
    {
      off_t piece = size - ofs < (off_t) sizeof buf ? size - ofs : (off_t) sizeof buf;
      pattern (buf, piece, seed, ofs);
      ok = file_write (file, buf, piece) == piece;
    }
  file_close (file);
  return ok;
}

static const char *
test_grow (void)
{
  struct file *file;
  uint8_t byte = 9, back = 1;

  CHECK (ramdisk_format (DISK_SECTORS));
  CHECK (make_file ("big", 300 * 1024, 1));
  CHECK (holds ("big", 300 * 1024, 1));
  CHECK (filesys_create ("sparse", 0));
  file = filesys_open ("sparse");
  CHECK (file_write_at (file, &byte, 1, 5 * 1024 * 1024) == 1);
  CHECK (file_length (file) == 5 * 1024 * 1024 + 1);
  CHECK (file_read_at (file, &back, 1, 3 * 1024 * 1024) == 1 && back == 0);
  file_close (file);
  CHECK (ramdisk_remount ());
  CHECK (holds ("big", 300 * 1024, 1));
  file = filesys_open ("sparse");
  CHECK (file_read_at (file, &back, 1, 5 * 1024 * 1024) == 1 && back == 9);
  file_close (file);
  return NULL;
}

static const char *
test_directories (void)
{
  struct file *file;

  CHECK (ramdisk_format (DISK_SECTORS));
  CHECK (filesys_mkdir ("/a") && filesys_mkdir ("/a/b"));
  CHECK (make_file ("/a/b/f", 1000, 2));
  CHECK (!filesys_mkdir ("/a/b/f/c"));
  CHECK (!filesys_remove ("/a"));
  CHECK (holds ("/a/./b/../b/f", 1000, 2));
  file = filesys_open ("/a");
  CHECK (file != NULL && file_is_dir (file));
  file_close (file);
  CHECK (filesys_remove ("/a/b/f") && filesys_remove ("/a/b")
         && filesys_remove ("/a"));
  CHECK (ramdisk_remount ());
  CHECK (filesys_open ("/a/b/f") == NULL);
  CHECK (filesys_mkdir ("/a") && filesys_mkdir ("/a/b"));
  CHECK (ramdisk_remount ());
  file = filesys_open ("/a/b");
  CHECK (file != NULL && file_is_dir (file));
  file_close (file);
  return NULL;
}

static const char *
test_space_returns (void)
{
  int first = 0, second = 0;
  char name[16];

  CHECK (ramdisk_format (DISK_SECTORS));
  while (snprintf (name, sizeof name, "f%d", first), make_file (name, 20000, 3))
    first++;
  for (int i = 0; i <= first; i++)
    {
      snprintf (name, sizeof name, "f%d", i);
      filesys_remove (name);
    }
  CHECK (ramdisk_remount ());
  while (snprintf (name, sizeof name, "f%d", second), make_file (name, 20000, 3))
    second++;
  CHECK (first > 10 && second == first);
  return NULL;
}

/* One run of the crash workload: files made, grown and removed in a
   directory tree.  Stops at the first failure (the power may be off). */
static void
workload (void)
{
  char name[32];

  filesys_mkdir ("/w");
  for (int i = 0; i < 12; i++)
    {
      snprintf (name, sizeof name, "/w/f%d", i);
      make_file (name, 1500 * (i + 1), i);
      if (i % 3 == 2)
        {
          snprintf (name, sizeof name, "/w/f%d", i - 2);
          filesys_remove (name);
        }
    }
  filesys_mkdir ("/w/sub");
  make_file ("/w/sub/last", 9000, 99);
}

/* Files of the workload that are there must hold their bytes (or be
   empty: a cut between a create and its first write). */
static bool
workload_files_whole (void)
{
  char name[32];

  for (int i = 0; i < 12; i++)
    {
      struct file *file;
      snprintf (name, sizeof name, "/w/f%d", i);
      file = filesys_open (name);
      if (file == NULL)
        continue;
      off_t length = file_length (file);
      file_close (file);
      /* Written 4 kB per write, each write all or nothing. */
      if (length % 4096 != 0 && length != 1500 * (i + 1))
        return false;
      if (!holds (name, length, i))
        return false;
    }
  return true;
}

/* How often NEEDLE occurs in HAYSTACK. */
static int
occurrences (const char *haystack, const char *needle)
{
  int count = 0;
  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p++)
    count++;
  return count;
}

/* Power cuts after every 5th write of a run: each time the next mount
   must succeed (the log replayed, the check passed) and the files be
   whole.  Prints how many cuts it made, and how many replayed the log. */
static const char *
test_power_cuts (void)
{
  const long budget = 1L << 30;
  long total, cuts = 0;

  /* How many writes a whole run takes: the disk counts them down. */
  CHECK (ramdisk_format (DISK_SECTORS));
  filesys_flush ();
  ramdisk_cut_after (BLOCK_FILESYS, budget);
  workload ();
  filesys_done ();
  total = budget - ramdisk_writes_left (BLOCK_FILESYS);
  CHECK (total > 100);

  for (long cut = 1; cut < total; cut += 5)
    {
      CHECK (ramdisk_format (DISK_SECTORS));
      ramdisk_cut_after (BLOCK_FILESYS, cut);
      workload ();
      filesys_done ();
      ramdisk_cut_after (BLOCK_FILESYS, -1);
      if (!filesys_init (false))
        return "a mount after a power cut failed";
      CHECK (workload_files_whole ());
      filesys_done ();
      cuts++;
    }
  CHECK (cuts >= 40 && occurrences (test_output (), "replaying") > 0);
  return NULL;
}

/* Formats a disk with a small tree on it, then lets CORRUPT damage the
   image; mounting must refuse it with a message containing WHY. */
static const char *
refused_after (void (*corrupt) (uint8_t *disk), const char *why)
{
  CHECK (ramdisk_format (DISK_SECTORS));
  CHECK (filesys_mkdir ("/d") && make_file ("/d/f", 100000, 4));
  filesys_done ();
  corrupt (ramdisk_bytes (BLOCK_FILESYS));
  CHECK (!filesys_init (false));
  CHECK (strstr (test_output (), why) != NULL);
  return NULL;
}

static struct inode_disk *
inode_at (uint8_t *disk, block_sector_t sector)
{
  return (struct inode_disk *) (disk + sector * BLOCK_SECTOR_SIZE);
}

/* The root's first entry, "d", and d's first entry, "f". */
static struct dir_entry *
entry_of (uint8_t *disk, block_sector_t dir)
{
  return (struct dir_entry *) (disk + inode_at (disk, dir)->direct[0]
                               * BLOCK_SECTOR_SIZE);
}
static block_sector_t d_sector (uint8_t *disk) { return entry_of (disk, ROOT_DIR_SECTOR)->inode_sector; }
static block_sector_t f_sector (uint8_t *disk) { return entry_of (disk, d_sector (disk))->inode_sector; }

static void
pointer_off_disk (uint8_t *disk)
{
  inode_at (disk, f_sector (disk))->direct[5] = DISK_SECTORS + 7;
}
static void
free_map_off_disk (uint8_t *disk)
{
  inode_at (disk, FREE_MAP_SECTOR)->direct[0] = DISK_SECTORS + 9;
}
static void
indirect_on_root (uint8_t *disk)
{
  inode_at (disk, f_sector (disk))->indirect = inode_at (disk, ROOT_DIR_SECTOR)->direct[0];
}
static void
wrong_parent (uint8_t *disk)
{
  inode_at (disk, d_sector (disk))->parent = FREE_MAP_SECTOR;
}
static void
file_as_directory (uint8_t *disk)
{
  inode_at (disk, f_sector (disk))->is_dir = 1;
}
static void
bad_log (uint8_t *disk)
{
  struct log_header *header = (struct log_header *) (disk + LOG_HEADER_SECTOR * BLOCK_SECTOR_SIZE);
  header->count = 1;
  header->home[0] = 0;
}

static const char *
test_refuse_pointer (void)
{
  return refused_after (pointer_off_disk, "'f' names sector 2055, past the end");
}
/* Found by the fuzzer: the map's file was read before it was checked,
   and its first pointer led the read off the disk. */
static const char *
test_refuse_free_map_pointer (void)
{
  return refused_after (free_map_off_disk,
                        "the free map names sector 2057, past the end");
}
static const char *
test_refuse_shared_index (void)
{
  return refused_after (indirect_on_root, "is used by both the root directory and 'f'");
}
static const char *
test_refuse_parent (void)
{
  return refused_after (wrong_parent, "names sector 1 as its parent");
}
static const char *
test_refuse_file_as_dir (void)
{
  return refused_after (file_as_directory, "not hold a valid inode");
}
static const char *
test_refuse_log (void)
{
  return refused_after (bad_log, "where nothing may be logged");
}

/* 300 images, each a good one with a few bytes of its metadata changed at
   random, are mounted and used: each must be refused with a message, or mount and take
   a listing, reads, a create and a remove, without a crash. */
static const char *
test_fuzzed_images (void)
{
  static uint8_t good[DISK_SECTORS * BLOCK_SECTOR_SIZE];
  uint32_t state = 2024;
  int refused = 0;

  CHECK (ramdisk_format (DISK_SECTORS));
  CHECK (filesys_mkdir ("/d") && make_file ("/d/f", 70000, 4)
         && make_file ("/g", 3000, 5));
  filesys_done ();
  memcpy (good, ramdisk_bytes (BLOCK_FILESYS), sizeof good);
  for (int round = 0; round < 300; round++)
    {
      uint8_t *disk = ramdisk_bytes (BLOCK_FILESYS);
      memcpy (disk, good, sizeof good);
      for (int flip = 0; flip < 1 + round % 4; flip++)
        {
          state = state * 1103515245 + 12345;
          /* The first 100 sectors hold all the metadata of this disk. */
          disk[(state >> 4) % (100 * BLOCK_SECTOR_SIZE)] ^= 1u << (state % 8);
        }
      if (!filesys_init (false))
        {
          refused++;
          continue;
        }
      struct file *file = filesys_open ("/d/f");
      static uint8_t buf[8192];
      if (file != NULL)
        while (file_read (file, buf, sizeof buf) > 0)
          continue;
      file_close (file);
      filesys_create ("/d/new", 10);
      filesys_remove ("/g");
      filesys_done ();
    }
  CHECK (refused > 0 && refused < 300);
  /* Each refusal says so (and, before it, why: see fscheck.c). */
  CHECK (occurrences (test_output (), "cannot mount") == refused);
  return NULL;
}

const struct test phase4_tests[] =
  {
    { "grow", test_grow },
    { "directories", test_directories },
    { "space-returns", test_space_returns },
    { "power-cuts", test_power_cuts },
    { "refuse-pointer-off-disk", test_refuse_pointer },
    { "refuse-free-map-pointer", test_refuse_free_map_pointer },
    { "refuse-shared-index", test_refuse_shared_index },
    { "refuse-wrong-parent", test_refuse_parent },
    { "refuse-file-as-directory", test_refuse_file_as_dir },
    { "refuse-bad-log", test_refuse_log },
    { "fuzzed-images", test_fuzzed_images },
    { NULL, NULL }
  };
