/* Tests of the simple file system (src/filesys), run on RAM disks. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "ramdisk.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "filesys/layout.h"


/* Fills BUF with bytes that depend on SEED and the position. */
static void
pattern (uint8_t *buf, size_t size, unsigned seed)
{
  for (size_t i = 0; i < size; i++)
    buf[i] = (uint8_t) (i * 7 + seed * 13 + (i >> 8));
}

static const char *
test_create_read_write (void)
{
  static uint8_t out[1500], in[1500];
  struct file *file;

  CHECK (ramdisk_format (1024));
  CHECK (filesys_create ("data", sizeof out));
  file = filesys_open ("data");
  CHECK (file != NULL);
  CHECK (file_length (file) == sizeof out);

  /* A new file reads as zeros. */
  memset (in, 0xff, sizeof in);
  CHECK (file_read (file, in, sizeof in) == sizeof in);
  for (size_t i = 0; i < sizeof in; i++)
    CHECK (in[i] == 0);

  /* Writes through the position and at offsets read back. */
  pattern (out, sizeof out, 1);
  file_seek (file, 0);
  CHECK (file_write (file, out, 700) == 700);
  CHECK (file_tell (file) == 700);
  CHECK (file_write_at (file, out + 700, 800, 700) == 800);
  CHECK (file_tell (file) == 700);
  CHECK (file_read_at (file, in, sizeof in, 0) == sizeof in);
  CHECK (memcmp (in, out, sizeof out) == 0);

  /* An unaligned read in the middle. */
  CHECK (file_read_at (file, in, 601, 333) == 601);
  CHECK (memcmp (in, out + 333, 601) == 0);
  file_close (file);
  return NULL;
}

static const char *
test_fixed_size (void)
{
  uint8_t buf[100] = { 1 };
  struct file *file;

  CHECK (ramdisk_format (256));
  CHECK (filesys_create ("small", 10));
  file = filesys_open ("small");
  CHECK (file != NULL);
  CHECK (file_write_at (file, buf, 100, 0) == 10);
  CHECK (file_write_at (file, buf, 100, 10) == 0);
  CHECK (file_write_at (file, buf, 100, -5) == 0);
  CHECK (file_read_at (file, buf, 100, 4) == 6);
  CHECK (file_read_at (file, buf, 100, 10) == 0);
  file_seek (file, 1000);
  CHECK (file_read (file, buf, 1) == 0);
  CHECK (file_write (file, buf, 1) == 0);
  CHECK (file_length (file) == 10);
  file_close (file);

  CHECK (filesys_create ("empty", 0));
  file = filesys_open ("empty");
  CHECK (file != NULL && file_length (file) == 0);
  CHECK (file_read (file, buf, 1) == 0);
  file_close (file);
  CHECK (!filesys_create ("negative", -1));
  return NULL;
}

static const char *
test_persists (void)
{
  uint8_t out[2000], in[2000];
  struct file *file;

  pattern (out, sizeof out, 2);
  CHECK (ramdisk_format (512));
  CHECK (filesys_create ("keep", sizeof out));
  file = filesys_open ("keep");
  CHECK (file != NULL);
  CHECK (file_write (file, out, sizeof out) == sizeof out);
  file_close (file);

  /* After a remount the free map still knows "keep"'s sectors: a new
     file does not land on them. */
  CHECK (ramdisk_remount ());
  CHECK (filesys_create ("next", sizeof out));
  file = filesys_open ("next");
  CHECK (file != NULL);
  memset (in, 0x5a, sizeof in);
  CHECK (file_write (file, in, sizeof in) == sizeof in);
  file_close (file);
  file = filesys_open ("keep");
  CHECK (file != NULL);
  CHECK (file_read (file, in, sizeof in) == sizeof in);
  CHECK (memcmp (in, out, sizeof out) == 0);
  file_close (file);
  return NULL;
}

static const char *
test_names (void)
{
  struct file *file;

  CHECK (ramdisk_format (256));
  CHECK (filesys_create ("fourteen-chars", 1));
  CHECK (!filesys_create ("fifteen-chars-x", 1));
  CHECK (!filesys_create ("", 1));
  CHECK (!filesys_create ("a/b", 1));
  CHECK (!filesys_create ("fourteen-chars", 1));
  CHECK (filesys_open ("fifteen-chars-x") == NULL);
  CHECK (filesys_open ("fourteen-char") == NULL);
  CHECK (filesys_open ("") == NULL);
  file = filesys_open ("fourteen-chars");
  CHECK (file != NULL);
  file_close (file);
  CHECK (!filesys_remove ("missing"));
  return NULL;
}

static const char *
test_shared_inode (void)
{
  struct file *a, *b, *c;
  uint8_t byte = 42, back = 0;
  size_t before;

  CHECK (ramdisk_format (256));
  CHECK (filesys_create ("shared", 8));
  before = inode_open_count ();
  a = filesys_open ("shared");
  b = filesys_open ("shared");
  CHECK (a != NULL && b != NULL);
  CHECK (inode_open_count () == before + 1);
  c = file_reopen (a);
  CHECK (c != NULL && inode_open_count () == before + 1);

  /* Positions are per file, contents are shared. */
  CHECK (file_write (a, &byte, 1) == 1);
  CHECK (file_tell (b) == 0);
  CHECK (file_read (b, &back, 1) == 1 && back == 42);
  CHECK (file_tell (c) == 0);
  file_close (a);
  file_close (b);
  file_close (c);
  CHECK (inode_open_count () == before);
  return NULL;
}

/* Creates files of SIZE bytes called f0, f1, ... until the disk refuses;
   returns how many it made. */
static int
fill_disk (off_t size)
{
  char name[NAME_MAX + 1];
  int cnt = 0;

  for (;;)
    {
      snprintf (name, sizeof name, "f%d", cnt);
      if (!filesys_create (name, size))
        return cnt;
      cnt++;
    }
}

static const char *
test_remove_while_open (void)
{
  uint8_t out[600], in[600];
  struct file *file;
  int cnt;

  /* 64 sectors: the biggest file that fits is known only by trying, so
     measure how many 20-sector files fit, then check removal returns the
     space, but only at the last close. */
  CHECK (ramdisk_format (64));
  cnt = fill_disk (20 * BLOCK_SECTOR_SIZE);
  CHECK (cnt >= 1);
  pattern (out, sizeof out, 3);
  file = filesys_open ("f0");
  CHECK (file != NULL);
  CHECK (file_write (file, out, sizeof out) == sizeof out);
  CHECK (filesys_remove ("f0"));
  CHECK (filesys_open ("f0") == NULL);
  CHECK (!filesys_remove ("f0"));
  CHECK (!filesys_create ("again", 20 * BLOCK_SECTOR_SIZE));

  /* Still readable while open. */
  CHECK (file_read_at (file, in, sizeof in, 0) == sizeof in);
  CHECK (memcmp (in, out, sizeof out) == 0);
  file_close (file);
  CHECK (filesys_create ("again", 20 * BLOCK_SECTOR_SIZE));
  return NULL;
}

static const char *
test_full_disk (void)
{
  int first, second;

  CHECK (ramdisk_format (128));
  first = fill_disk (5000);
  CHECK (first > 0);
  CHECK (!filesys_create ("big", 200 * BLOCK_SECTOR_SIZE));
  CHECK (filesys_remove ("f0"));
  CHECK (filesys_create ("f0", 5000));
  CHECK (!filesys_create ("one-more", 5000));

  /* Removing everything gives all the space back. */
  for (int i = 0; i < first; i++)
    {
      char name[NAME_MAX + 1];
      snprintf (name, sizeof name, "f%d", i);
      CHECK (filesys_remove (name));
    }
  second = fill_disk (5000);
  CHECK (second == first);
  CHECK (ramdisk_remount ());
  CHECK (!filesys_create ("after", 5000));
  return NULL;
}

static const char *
test_directory_full (void)
{
  int cnt;

  CHECK (ramdisk_format (1024));
  cnt = fill_disk (0);
  CHECK (cnt == ROOT_ENTRY_CNT);
  CHECK (filesys_remove ("f7"));
  CHECK (filesys_create ("f7", 0));
  return NULL;
}

static const char *
test_deny_write (void)
{
  uint8_t byte = 1;
  struct file *exe, *other;

  CHECK (ramdisk_format (256));
  CHECK (filesys_create ("prog", 100));
  exe = filesys_open ("prog");
  other = filesys_open ("prog");
  CHECK (exe != NULL && other != NULL);
  file_deny_write (exe);
  file_deny_write (exe);
  CHECK (file_write (other, &byte, 1) == 0);
  CHECK (file_write (exe, &byte, 1) == 0);
  file_allow_write (exe);
  CHECK (file_write (other, &byte, 1) == 1);

  /* Closing a denying file allows writes again. */
  file_deny_write (exe);
  CHECK (file_write (other, &byte, 1) == 0);
  file_close (exe);
  CHECK (file_write (other, &byte, 1) == 1);
  file_close (other);
  return NULL;
}

static const char *
test_no_disk (void)
{
  ramdisk_detach (BLOCK_FILESYS);
  CHECK (!filesys_init (false));
  CHECK (strstr (test_output (), "no file-system disk") != NULL);
  CHECK (!filesys_create ("x", 1));
  CHECK (filesys_open ("x") == NULL);
  CHECK (!filesys_remove ("x"));
  return NULL;
}

static const char *
test_too_small (void)
{
  ramdisk_attach (BLOCK_FILESYS, FS_MIN_SECTORS - 1);
  CHECK (!filesys_init (true));
  CHECK (strstr (test_output (), "too small") != NULL);
  CHECK (!filesys_create ("x", 1));
  return NULL;
}

/* Formats a disk with one file, "victim", then lets CORRUPT damage the
   disk image, and checks that mounting refuses it with a message
   containing WHY, and that the file system then stays unusable. */
static const char *
refused_after (void (*corrupt) (uint8_t *disk), const char *why)
{
  CHECK (ramdisk_format (256));
  CHECK (filesys_create ("victim", 3000));
  filesys_done ();
  corrupt (ramdisk_bytes (BLOCK_FILESYS));
  CHECK (!filesys_init (false));
  CHECK (strstr (test_output (), why) != NULL);
  CHECK (strstr (test_output (), "format it with -f") != NULL);
  CHECK (filesys_open ("victim") == NULL);
  CHECK (!filesys_create ("new", 1));
  return NULL;
}

static struct superblock *
superblock_of (uint8_t *disk)
{
  return (struct superblock *) (disk + SUPERBLOCK_SECTOR * BLOCK_SECTOR_SIZE);
}

static struct inode_disk *
inode_at (uint8_t *disk, block_sector_t sector)
{
  return (struct inode_disk *) (disk + sector * BLOCK_SECTOR_SIZE);
}

/* The root directory's first entry, which is "victim". */
static struct dir_entry *
first_entry (uint8_t *disk)
{
  struct inode_disk *root = inode_at (disk, ROOT_DIR_SECTOR);
  return (struct dir_entry *) (disk + root->start * BLOCK_SECTOR_SIZE);
}

static void blank (uint8_t *disk) { memset (disk, 0, BLOCK_SECTOR_SIZE); }
static void bad_version (uint8_t *disk) { superblock_of (disk)->version = 99; }
static void
too_many_sectors (uint8_t *disk)
{
  superblock_of (disk)->sector_cnt = 100000;
}
static void
entry_outside (uint8_t *disk)
{
  first_entry (disk)->inode_sector = 5000;
}
static void
entry_at_superblock (uint8_t *disk)
{
  first_entry (disk)->inode_sector = SUPERBLOCK_SECTOR;
}
static void
unterminated_name (uint8_t *disk)
{
  memset (first_entry (disk)->name, 'x', NAME_MAX + 1);
}
static void
extent_outside (uint8_t *disk)
{
  /* 6 sectors from 253 run past the 256-sector disk. */
  inode_at (disk, first_entry (disk)->inode_sector)->start = 253;
}
static void
huge_length (uint8_t *disk)
{
  inode_at (disk, first_entry (disk)->inode_sector)->length = 0xfffffff0;
}
static void
bad_inode_magic (uint8_t *disk)
{
  inode_at (disk, first_entry (disk)->inode_sector)->magic = 0;
}
static void
root_outside (uint8_t *disk)
{
  inode_at (disk, ROOT_DIR_SECTOR)->start = 255;
}
static void
free_map_resized (uint8_t *disk)
{
  inode_at (disk, FREE_MAP_SECTOR)->length = 1;
}

/* The entries of the two-file disks below: "victim", then "other". */
static struct dir_entry *
second_entry (uint8_t *disk)
{
  return first_entry (disk) + 1;
}
static struct inode_disk *
victim_inode (uint8_t *disk)
{
  return inode_at (disk, first_entry (disk)->inode_sector);
}
static void
entry_is_free_map (uint8_t *disk)
{
  first_entry (disk)->inode_sector = FREE_MAP_SECTOR;
}
static void
entry_is_root (uint8_t *disk)
{
  second_entry (disk)->inode_sector = ROOT_DIR_SECTOR;
}
static void
duplicate_name (uint8_t *disk)
{
  memcpy (second_entry (disk)->name, "victim", sizeof "victim");
}
static void
shared_inode (uint8_t *disk)
{
  second_entry (disk)->inode_sector = first_entry (disk)->inode_sector;
}
static void
data_on_free_map (uint8_t *disk)
{
  victim_inode (disk)->start = inode_at (disk, FREE_MAP_SECTOR)->start;
}
static void
data_on_other_file (uint8_t *disk)
{
  victim_inode (disk)->start = inode_at (disk, second_entry (disk)->inode_sector)->start;
}
/* The free map sits in one data sector: bit S of it is sector S. */
static uint8_t *
free_map_bits (uint8_t *disk)
{
  return disk + inode_at (disk, FREE_MAP_SECTOR)->start * BLOCK_SECTOR_SIZE;
}
static void
file_sector_free (uint8_t *disk)
{
  block_sector_t s = victim_inode (disk)->start + 2;
  free_map_bits (disk)[s / 8] &= ~(1u << (s % 8));
}
static void
unused_sector_taken (uint8_t *disk)
{
  free_map_bits (disk)[200 / 8] |= 1u << (200 % 8);
}

/* Like refused_after, on a disk with two files, "victim" and "other". */
static const char *
two_files_refused_after (void (*corrupt) (uint8_t *disk), const char *why)
{
  CHECK (ramdisk_format (256));
  CHECK (filesys_create ("victim", 3000));
  CHECK (filesys_create ("other", 1000));
  filesys_done ();
  corrupt (ramdisk_bytes (BLOCK_FILESYS));
  CHECK (!filesys_init (false));
  CHECK (strstr (test_output (), why) != NULL);
  CHECK (strstr (test_output (), "format it with -f") != NULL);
  CHECK (filesys_open ("victim") == NULL);
  return NULL;
}

static const char *
test_refuse_entry_free_map (void)
{
  return two_files_refused_after (entry_is_free_map,
                                  "entry 0 ('victim') names the free map's inode");
}
static const char *
test_refuse_entry_root (void)
{
  return two_files_refused_after (entry_is_root,
                                  "entry 1 ('other') names the root directory's inode");
}
static const char *
test_refuse_duplicate_name (void)
{
  return two_files_refused_after (duplicate_name,
                                  "entry 1 repeats the name 'victim'");
}
static const char *
test_refuse_shared_inode (void)
{
  return two_files_refused_after (shared_inode,
                                  "is used by both 'victim' and 'other'");
}
static const char *
test_refuse_data_on_free_map (void)
{
  return two_files_refused_after (data_on_free_map,
                                  "is used by both the free map and 'victim'");
}
static const char *
test_refuse_data_on_other_file (void)
{
  return two_files_refused_after (data_on_other_file,
                                  "is used by both 'victim' and 'other'");
}
static const char *
test_refuse_sector_marked_free (void)
{
  return two_files_refused_after (file_sector_free,
                                  "is in use, but the free map says it is free");
}
static const char *
test_refuse_sector_leaked (void)
{
  return two_files_refused_after (unused_sector_taken,
                                  "the free map says sector 200 is in use, but nothing uses it");
}

/* A disk full of files of every size, removed and made again, mounts:
   the check finds nothing wrong with what the file system itself wrote. */
static const char *
test_check_accepts_own_disks (void)
{
  CHECK (ramdisk_format (512));
  for (unsigned round = 0; round < 3; round++)
    {
      char name[32];
      for (int i = 0; i < 20; i++)
        {
          snprintf (name, sizeof name, "f%u-%d", round, i);
          CHECK (filesys_create (name, (i * 997 + round * 31) % 9000));
        }
      for (int i = 0; i < 20; i += 2 + round)
        {
          snprintf (name, sizeof name, "f%u-%d", round, i);
          CHECK (filesys_remove (name));
        }
      CHECK (ramdisk_remount ());
    }
  CHECK (strstr (test_output (), "filesys:") == NULL);
  return NULL;
}

static const char *
test_refuse_blank (void)
{
  return refused_after (blank, "does not hold a Skiff file system");
}
static const char *
test_refuse_version (void)
{
  return refused_after (bad_version, "version 99");
}
static const char *
test_refuse_size (void)
{
  return refused_after (too_many_sectors, "claims 100000 sectors");
}
static const char *
test_refuse_entry_outside (void)
{
  return refused_after (entry_outside, "cannot hold an inode");
}
static const char *
test_refuse_entry_superblock (void)
{
  return refused_after (entry_at_superblock, "cannot hold an inode");
}
static const char *
test_refuse_name (void)
{
  return refused_after (unterminated_name, "bad name");
}
static const char *
test_refuse_extent (void)
{
  return refused_after (extent_outside, "not hold a valid inode");
}
static const char *
test_refuse_length (void)
{
  return refused_after (huge_length, "not hold a valid inode");
}
static const char *
test_refuse_inode_magic (void)
{
  return refused_after (bad_inode_magic, "points to a bad inode");
}
static const char *
test_refuse_root (void)
{
  return refused_after (root_outside, "not hold a valid inode");
}
static const char *
test_refuse_free_map (void)
{
  return refused_after (free_map_resized, "free map has 1 bytes");
}

/* Many random reads and writes over several files, checked against a
   copy kept in memory, with a remount halfway. */
static const char *
test_random_model (void)
{
  enum { FILES = 4, SIZE = 3000 };
  static uint8_t model[FILES][SIZE], buf[SIZE];
  struct file *files[FILES];
  uint32_t state = 12345;

  CHECK (ramdisk_format (512));
  memset (model, 0, sizeof model);
  for (int round = 0; round < 2; round++)
    {
      for (int f = 0; f < FILES; f++)
        {
          char name[] = "file?";
          name[4] = '0' + f;
          CHECK (round > 0 || filesys_create (name, SIZE));
          files[f] = filesys_open (name);
          CHECK (files[f] != NULL);
        }
      for (int op = 0; op < 400; op++)
        {
          int f, ofs, len;
          state = state * 1103515245 + 12345;
          f = (state >> 8) % FILES;
          ofs = (state >> 12) % SIZE;
          len = (state >> 3) % 700;
          if (len > SIZE - ofs)
            len = SIZE - ofs;
          if (op % 2 == 0)
            {
              pattern (buf, len, state);
              CHECK (file_write_at (files[f], buf, len, ofs) == len);
              memcpy (&model[f][ofs], buf, len);
            }
          else
            {
              CHECK (file_read_at (files[f], buf, len, ofs) == len);
              CHECK (memcmp (buf, &model[f][ofs], len) == 0);
            }
        }
      for (int f = 0; f < FILES; f++)
        file_close (files[f]);
      CHECK (ramdisk_remount ());
    }
  return NULL;
}

const struct test fs_tests[] =
  {
    { "create-read-write", test_create_read_write },
    { "fixed-size", test_fixed_size },
    { "persists", test_persists },
    { "names", test_names },
    { "shared-inode", test_shared_inode },
    { "remove-while-open", test_remove_while_open },
    { "full-disk", test_full_disk },
    { "directory-full", test_directory_full },
    { "deny-write", test_deny_write },
    { "no-disk", test_no_disk },
    { "too-small", test_too_small },
    { "refuse-blank", test_refuse_blank },
    { "refuse-version", test_refuse_version },
    { "refuse-size", test_refuse_size },
    { "refuse-entry-outside", test_refuse_entry_outside },
    { "refuse-entry-superblock", test_refuse_entry_superblock },
    { "refuse-name", test_refuse_name },
    { "refuse-extent", test_refuse_extent },
    { "refuse-length", test_refuse_length },
    { "refuse-inode-magic", test_refuse_inode_magic },
    { "refuse-root", test_refuse_root },
    { "refuse-free-map", test_refuse_free_map },
    { "refuse-entry-free-map", test_refuse_entry_free_map },
    { "refuse-entry-root", test_refuse_entry_root },
    { "refuse-duplicate-name", test_refuse_duplicate_name },
    { "refuse-shared-inode", test_refuse_shared_inode },
    { "refuse-data-on-free-map", test_refuse_data_on_free_map },
    { "refuse-data-on-other-file", test_refuse_data_on_other_file },
    { "refuse-sector-marked-free", test_refuse_sector_marked_free },
    { "refuse-sector-leaked", test_refuse_sector_leaked },
    { "check-accepts-own-disks", test_check_accepts_own_disks },
    { "random-model", test_random_model },
    { NULL, NULL }
  };
