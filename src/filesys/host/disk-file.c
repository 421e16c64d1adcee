/* devices/block.h on the host: the file-system disk is an image file,
   the same bytes QEMU shows the kernel as its file-system disk.  Any
   access outside the image is a bug in the file system (everything it
   reads from a disk is checked first), so it ends the program. */
#define _GNU_SOURCE
#include "disk-file.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct block
  {
    int fd;
    block_sector_t size;
    const char *name;           /* The image's path. */
  };

static struct block *filesys_disk;

/* Opens the image at PATH as the file-system disk.  Returns false, with
   a message, if it cannot be opened or is not a whole number of
   sectors. */
bool
disk_file_open (const char *path)
{
  static struct block disk;
  struct stat st;

  disk.fd = open (path, O_RDWR);
  if (disk.fd < 0 || fstat (disk.fd, &st) < 0)
    {
      fprintf (stderr, "skiff-fs: cannot open %s: %s\n", path,
               strerror (errno));
      return false;
    }
  if (st.st_size % BLOCK_SECTOR_SIZE != 0
      || st.st_size / BLOCK_SECTOR_SIZE > UINT32_MAX)
    {
      fprintf (stderr, "skiff-fs: %s is not a disk image: its size is not "
               "a whole number of 512-byte sectors\n", path);
      close (disk.fd);
      return false;
    }
  disk.size = st.st_size / BLOCK_SECTOR_SIZE;
  disk.name = path;
  filesys_disk = &disk;
  return true;
}

/* Writes the image's changes through to its file and closes it. */
void
disk_file_close (void)
{
  if (filesys_disk != NULL)
    {
      fsync (filesys_disk->fd);
      close (filesys_disk->fd);
      filesys_disk = NULL;
    }
}

struct block *
block_get_role (enum block_role role)
{
  return role == BLOCK_FILESYS ? filesys_disk : NULL;
}

/* The byte offset of SECTOR, which must be on DISK. */
static off_t
offset_of (struct block *disk, block_sector_t sector)
{
  if (sector >= disk->size)
    {
      fprintf (stderr, "skiff-fs: bug: access to sector %u of %s, which has "
               "%u\n", sector, disk->name, disk->size);
      abort ();
    }
  return (off_t) sector * BLOCK_SECTOR_SIZE;
}

void
block_read (struct block *disk, block_sector_t sector, void *buffer)
{
  if (pread (disk->fd, buffer, BLOCK_SECTOR_SIZE, offset_of (disk, sector))
      != BLOCK_SECTOR_SIZE)
    {
      fprintf (stderr, "skiff-fs: cannot read sector %u of %s\n", sector,
               disk->name);
      exit (2);
    }
}

void
block_write (struct block *disk, block_sector_t sector, const void *buffer)
{
  if (pwrite (disk->fd, buffer, BLOCK_SECTOR_SIZE, offset_of (disk, sector))
      != BLOCK_SECTOR_SIZE)
    {
      fprintf (stderr, "skiff-fs: cannot write sector %u of %s\n", sector,
               disk->name);
      exit (2);
    }
}

block_sector_t
block_size (struct block *disk)
{
  return disk->size;
}

const char *
block_name (struct block *disk)
{
  return disk->name;
}
