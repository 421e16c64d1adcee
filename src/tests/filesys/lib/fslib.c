/* Helpers of the filesys tests (see fslib.h). */
#include "tests/filesys/lib/fslib.h"
#include <string.h>
#include <syscall.h>

/* Room for the biggest chunk a test moves at once. */
static char buffer[64 * 1024];

void
write_file (const char *name, size_t size, unsigned seed, size_t chunk)
{
  if (chunk > sizeof buffer)
    fail ("chunks of %zu bytes are too big for the helper", chunk);
  if (!create (name, 0))
    fail ("create '%s'", name);
  int fd = open (name);
  if (fd < 0)
    fail ("open '%s'", name);
  for (size_t done = 0; done < size; done += chunk)
    {
      size_t piece = size - done < chunk ? size - done : chunk;
      fill_pattern (buffer, piece, seed, done);
      if (write (fd, buffer, piece) != (int) piece)
        fail ("write %zu bytes at %zu of '%s'", piece, done, name);
    }
  if (filesize (fd) != (int) size)
    fail ("'%s' has %d bytes after writing %zu", name, filesize (fd), size);
  close (fd);
}

void
check_file (const char *name, size_t size, unsigned seed, size_t chunk)
{
  if (chunk > sizeof buffer)
    fail ("chunks of %zu bytes are too big for the helper", chunk);
  int fd = open (name);
  if (fd < 0)
    fail ("open '%s'", name);
  if (filesize (fd) != (int) size)
    fail ("'%s' has %d bytes, not %zu", name, filesize (fd), size);
  for (size_t done = 0; done < size; done += chunk)
    {
      size_t piece = size - done < chunk ? size - done : chunk;
      if (read (fd, buffer, piece) != (int) piece)
        fail ("read %zu bytes at %zu of '%s'", piece, done, name);
      check_pattern (buffer, piece, seed, done, name);
    }
  if (read (fd, buffer, 1) != 0)
    fail ("'%s' reads on past its end", name);
  close (fd);
}

void
check_zeros (int fd, size_t offset, size_t size)
{
  seek (fd, offset);
  for (size_t done = 0; done < size; )
    {
      size_t piece = size - done < sizeof buffer ? size - done : sizeof buffer;
      if (read (fd, buffer, piece) != (int) piece)
        fail ("read %zu bytes at %zu", piece, offset + done);
      for (size_t i = 0; i < piece; i++)
        if (buffer[i] != 0)
          fail ("byte %zu is %d, not 0", offset + done + i, buffer[i]);
      done += piece;
    }
}

bool
checking (int argc, char *argv[])
{
  return argc > 1 && strcmp (argv[1], "check") == 0;
}

int
fs_test_main (int argc, char *argv[], void (*operate) (void),
              void (*verify) (void))
{
  bool check_boot = checking (argc, argv);

  if (check_boot && verify == NULL)
    fail ("this test has no check to run");
  msg (check_boot ? "begin check" : "begin");
  (check_boot ? verify : operate) ();
  msg (check_boot ? "end check" : "end");
  return 0;
}
