/* Maps a file of a subdirectory that grew sparsely (a hole, then data
   past it), reads the hole as zeros and the data through memory, writes
   through the mapping, and finds the write in the file after munmap:
   paging goes through the indexed, growing file and the buffer cache. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

const char test_name[] = "mmap-grown";

#define HOLE 9000               /* Bytes never written: zeros. */
#define DATA 5000               /* Then bytes of pattern 4. */
#define MAP ((char *) 0x10000000)

static void
operate (void)
{
  static char bytes[DATA];
  check (mkdir ("m") && create ("m/f", 0), "create m/f");
  int fd = open ("m/f");
  seek (fd, HOLE);
  fill_pattern (bytes, DATA, 4, 0);
  check (write (fd, bytes, DATA) == DATA, "write past a hole");
  mapid_t map = mmap (fd, MAP);
  check (map != MAP_FAILED, "map m/f");
  for (int i = 0; i < HOLE; i++)
    if (MAP[i] != 0)
      fail ("byte %d of the hole is %d", i, MAP[i]);
  check_pattern (MAP + HOLE, DATA, 4, 0, "the mapping");
  msg ("the mapping shows the hole and the data");
  memcpy (MAP + 100, "through memory", 14);
  munmap (map);
  char back[14];
  seek (fd, 100);
  check (read (fd, back, 14) == 14 && memcmp (back, "through memory", 14) == 0,
         "the write through memory is in the file");
  check (filesize (fd) == HOLE + DATA, "and the file did not grow");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
