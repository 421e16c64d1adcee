/* skiff-fs: the kernel's own file system, on a disk image, from the host.

     skiff-fs IMAGE mkfs [MB]       format IMAGE (made MB megabytes, 2 by
                                    default, if it does not exist)
     skiff-fs IMAGE ls [PATH]       list a directory (default /)
     skiff-fs IMAGE put HOST GUEST  copy host file HOST into the image
     skiff-fs IMAGE get GUEST HOST  copy GUEST out of the image
     skiff-fs IMAGE rm PATH         remove a file or an empty directory
     skiff-fs IMAGE mkdir PATH      make a directory
     skiff-fs IMAGE fsck            check the image: exit status 0 if
                                    consistent, 1 with the first
                                    inconsistency if not

   Every command mounts the image exactly as the kernel does (filesys.c:
   the log is replayed, the consistency check runs) and unmounts it
   afterwards, so whatever it changes reaches the image through the same
   code, cache and log as in the kernel.  A corrupt or foreign image is
   refused with the kernel's message and exit status 1.  Exit status 2 is
   for wrong usage and host errors. */
#include <debug.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "disk-file.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/layout.h"

/* Disks are made of whole cylinders of 16 heads x 63 sectors, as the
   runner makes them (src/utils/diskfiles.py), so both simulators agree
   on their size. */
#define CYLINDER_BYTES (16L * 63 * BLOCK_SECTOR_SIZE)

static const char *image;

static void
usage (void)
{
  fprintf (stderr, "usage: skiff-fs IMAGE mkfs [MB] | ls [PATH] | put HOST "
           "GUEST | get GUEST HOST | rm PATH | mkdir PATH | fsck\n");
  exit (2);
}

/* Creates IMAGE as MB megabytes of zeros, unless it exists. */
static void
create_image (long mb)
{
  FILE *f = fopen (image, "rb");
  long size = (mb * 1024 * 1024 + CYLINDER_BYTES - 1) / CYLINDER_BYTES
              * CYLINDER_BYTES;

  if (f != NULL)
    {
      fclose (f);
      return;
    }
  f = fopen (image, "wb");
  if (f == NULL || fseek (f, size - 1, SEEK_SET) != 0 || fputc (0, f) == EOF
      || fclose (f) != 0)
    {
      fprintf (stderr, "skiff-fs: cannot create %s\n", image);
      exit (2);
    }
}

/* Opens and mounts IMAGE (formatting it first if FORMAT); exits with
   status 1 if the kernel's code refuses it. */
static void
mount (bool format)
{
  if (!disk_file_open (image))
    exit (2);
  if (!filesys_init (format))
    {
      disk_file_close ();
      exit (1);
    }
}

static void
unmount (void)
{
  filesys_done ();
  disk_file_close ();
}

/* put: copies host file HOST into the image as GUEST. */
static bool
put (const char *host, const char *guest)
{
  static char buffer[64 * 1024];
  FILE *in = fopen (host, "rb");
  struct file *out;
  size_t got;
  bool ok = true;

  if (in == NULL)
    {
      fprintf (stderr, "skiff-fs: cannot read %s\n", host);
      return false;
    }
  if (!filesys_create (guest, 0) || (out = filesys_open (guest)) == NULL)
    {
      fprintf (stderr, "skiff-fs: cannot create '%s' (bad name, name "
               "taken, or no room)\n", guest);
      fclose (in);
      return false;
    }
  while (ok && (got = fread (buffer, 1, sizeof buffer, in)) > 0)
    ok = file_write (out, buffer, got) == (off_t) got;
  if (!ok)
    fprintf (stderr, "skiff-fs: the image is full: '%s' is cut short\n",
             guest);
  file_close (out);
  fclose (in);
  return ok;
}

/* get: copies GUEST out of the image into host file HOST. */
static bool
get (const char *guest, const char *host)
{
  static char buffer[64 * 1024];
  struct file *in = filesys_open (guest);
  FILE *out;
  off_t got;
  bool ok = true;

  if (in == NULL)
    {
      fprintf (stderr, "skiff-fs: there is no '%s' in %s\n", guest, image);
      return false;
    }
  out = fopen (host, "wb");
  if (out == NULL)
    {
      fprintf (stderr, "skiff-fs: cannot write %s\n", host);
      file_close (in);
      return false;
    }
  while (ok && (got = file_read (in, buffer, sizeof buffer)) > 0)
    ok = fwrite (buffer, 1, got, out) == (size_t) got;
  file_close (in);
  return fclose (out) == 0 && ok;
}

/* Prints one line of a listing: NAME, found at PATH. */
static void
print_entry (const char *path, const char *name)
{
  struct file *file = filesys_open (path);

  if (file == NULL)
    return;
#ifdef SOLUTION_FILESYS
  if (file_is_dir (file))
    printf ("%-14s        <dir>\n", name);
  else
#endif
  printf ("%-14s %8d bytes\n", name, (int) file_length (file));
  file_close (file);
}

#ifdef SOLUTION_FILESYS
/* ls: lists directory PATH, or PATH itself if it is a file. */
static bool
list (const char *path)
{
  char name[NAME_MAX + 1], full[512];
  struct file *dir = filesys_open (path);

  if (dir == NULL)
    {
      fprintf (stderr, "skiff-fs: there is no '%s' in %s\n", path, image);
      return false;
    }
  if (!file_is_dir (dir))
    print_entry (path, path);
  else
    while (file_readdir (dir, name))
      {
        snprintf (full, sizeof full, "%s/%s", path, name);
        print_entry (full, name);
      }
  file_close (dir);
  return true;
}
#else
/* TODO (filesys): once directories exist, ls walks them (the solution
   lists a directory through file_readdir). */
/* ls: lists the root directory, the only one. */
static void
visit (const char *name, off_t size UNUSED, void *aux UNUSED)
{
  print_entry (name, name);
}

static bool
list (const char *path)
{
  if (strcmp (path, "/") != 0)
    {
      fprintf (stderr, "skiff-fs: this file system has only the root "
               "directory\n");
      return false;
    }
  return filesys_list (visit, NULL);
}
#endif

/* mkdir: makes directory PATH. */
static bool
make_dir (const char *path)
{
#ifdef SOLUTION_FILESYS
  if (filesys_mkdir (path))
    return true;
  fprintf (stderr, "skiff-fs: cannot make directory '%s'\n", path);
#else
  /* TODO (filesys): make the directory once filesys_mkdir exists. */
  fprintf (stderr, "skiff-fs: this file system has no directories but the "
           "root, so not '%s'\n", path);
#endif
  return false;
}

/* Runs COMMAND with its ARGC arguments ARGV on the mounted image. */
static bool
run (const char *command, int argc, char *argv[])
{
  if (strcmp (command, "ls") == 0 && argc <= 1)
    return list (argc == 1 ? argv[0] : "/");
  if (strcmp (command, "put") == 0 && argc == 2)
    return put (argv[0], argv[1]);
  if (strcmp (command, "get") == 0 && argc == 2)
    return get (argv[0], argv[1]);
  if (strcmp (command, "rm") == 0 && argc == 1)
    {
      if (filesys_remove (argv[0]))
        return true;
      fprintf (stderr, "skiff-fs: cannot remove '%s' (missing, or a "
               "directory that is not empty)\n", argv[0]);
      return false;
    }
  if (strcmp (command, "mkdir") == 0 && argc == 1)
    return make_dir (argv[0]);
  if (strcmp (command, "fsck") == 0 && argc == 0)
    {
      /* Mounting has checked it all. */
      printf ("%s: consistent\n", image);
      return true;
    }
  usage ();
  return false;
}

int
main (int argc, char *argv[])
{
  bool ok;

  if (argc < 3)
    usage ();
  image = argv[1];
  if (strcmp (argv[2], "mkfs") == 0)
    {
      if (argc > 4 || (argc == 4 && atol (argv[3]) <= 0))
        usage ();
      create_image (argc == 4 ? atol (argv[3]) : 2);
      mount (true);
      unmount ();
      return 0;
    }
  mount (false);
  ok = run (argv[2], argc - 3, argv + 3);
  unmount ();
  return ok ? 0 : 1;
}
