/* A small file: written in pieces of odd sizes, read back in others, its
   length and position reported right all along. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "fs-small";

#define SIZE 1000
static char data[SIZE], back[SIZE];

int
main (void)
{
  msg ("begin");
  check (create ("small", SIZE), "create small, %d bytes", SIZE);
  int fd = open ("small");
  check (filesize (fd) == SIZE, "its size is %d", SIZE);
  fill_pattern (data, SIZE, 11, 0);
  for (int done = 0, piece = 1; done < SIZE; done += piece, piece += 7)
    {
      if (piece > SIZE - done)
        piece = SIZE - done;
      if (write (fd, data + done, piece) != piece || (int) tell (fd) != done + piece)
        fail ("write %d bytes at %d", piece, done);
    }
  msg ("wrote it in growing pieces");
  close (fd);

  fd = open ("small");
  for (int done = 0, piece = 333; done < SIZE; done += piece)
    {
      int got = read (fd, back + done, piece);
      if (got != (piece < SIZE - done ? piece : SIZE - done))
        fail ("read %d bytes at %d: got %d", piece, done, got);
      if (got < piece)
        break;
    }
  check_pattern (back, SIZE, 11, 0, "small");
  msg ("read it back in pieces of 333");
  seek (fd, 500);
  check (read (fd, back, 10) == 10, "seek to 500 and read 10 bytes");
  check_pattern (back, 10, 11, 500, "bytes at 500");
  close (fd);
  msg ("end");
  return 0;
}
