/* The libFuzzer target for disk images of the phase-4 file system.  Each
   input is a list of edits to one good image (a small tree of directories
   and files), so most inputs reach past the first check of the mount:
   every 3 bytes are a little-endian offset into the image's metadata and
   a byte to XOR there.  The damaged image is mounted; if the mount accepts
   it, the whole tree is walked and read, then changed (create, write,
   mkdir, remove) and mounted again.  A refusal is fine; a PANIC, a failed
   ASSERT, a sanitizer report or a hang is a bug the fuzzer keeps. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "ramdisk.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define DISK_SECTORS 1024
/* Every sector the good image's metadata uses lies below this one. */
#define METADATA_SECTORS 128
#define MAX_DEPTH 12

static uint8_t good_image[DISK_SECTORS * BLOCK_SECTOR_SIZE];

static void
make_file (const char *name, off_t size)
{
  static uint8_t buf[4096];
  struct file *file;

  if (!filesys_create (name, 0) || (file = filesys_open (name)) == NULL)
    abort ();
  for (off_t ofs = 0; ofs < size; ofs += sizeof buf)
    {
      memset (buf, (int) ofs, sizeof buf);
      file_write (file, buf, size - ofs < (off_t) sizeof buf ? size - ofs : (off_t) sizeof buf);
    }
  file_close (file);
}

/* A tree that uses direct, indirect and doubly indirect blocks, nested
   directories and a directory longer than one sector. */
int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc, (void) argv;
  /* The file system's messages (each refusal says why) would drown the
     fuzzer's own report. */
  if (freopen ("/dev/null", "w", stdout) == NULL)
    abort ();
  if (!ramdisk_format (DISK_SECTORS) || !filesys_mkdir ("/d") || !filesys_mkdir ("/d/e"))
    abort ();
  make_file ("/d/e/big", 100000);
  make_file ("/d/small", 700);
  for (char name[] = "/many-a"; name[6] <= 'p'; name[6]++)
    make_file (name, 10);
  filesys_done ();
  memcpy (good_image, ramdisk_bytes (BLOCK_FILESYS), sizeof good_image);
  return 0;
}

static void
apply_edits (uint8_t *disk, const uint8_t *data, size_t size)
{
  for (size_t i = 0; i + 3 <= size; i += 3)
    {
      unsigned offset = data[i] | data[i + 1] << 8;
      disk[offset % (METADATA_SECTORS * BLOCK_SECTOR_SIZE)] ^= data[i + 2];
    }
}

/* Reads every file below PATH, and lists every directory. */
static void
walk (char *path, size_t length, int depth)
{
  static uint8_t buf[8192];
  struct file *file = filesys_open (length > 0 ? path : "/");
  char name[NAME_MAX + 1];

  if (file == NULL)
    return;
  if (!file_is_dir (file))
    while (file_read (file, buf, sizeof buf) > 0)
      continue;
  else if (depth < MAX_DEPTH)
    while (file_readdir (file, name))
      if (length + 1 + strlen (name) < 256)
        {
          snprintf (path + length, 256 - length, "/%s", name);
          walk (path, strlen (path), depth + 1);
          path[length] = '\0';
        }
  file_close (file);
}

static void
change_tree (void)
{
  static const uint8_t bytes[5000];
  struct file *file;

  filesys_create ("/d/new", 0);
  if ((file = filesys_open ("/d/new")) != NULL)
    {
      file_write (file, bytes, sizeof bytes);
      file_close (file);
    }
  filesys_mkdir ("/d/e/sub");
  filesys_remove ("/d/small");
  filesys_remove ("/many-c");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char path[256] = "";

  memcpy (ramdisk_bytes (BLOCK_FILESYS), good_image, sizeof good_image);
  apply_edits (ramdisk_bytes (BLOCK_FILESYS), data, size);
  if (!filesys_init (false))
    return 0;
  walk (path, 0, 0);
  change_tree ();
  if (ramdisk_remount ())
    {
      walk (path, 0, 0);
      filesys_done ();
    }
  return 0;
}
