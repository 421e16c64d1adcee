/* Console output for user programs.  Characters are gathered in a buffer
   and handed to the kernel with write() on descriptor 1, so that a printf
   of a line reaches the console in one piece instead of interleaving,
   character by character, with what other processes print. */
#include <stdio.h>
#include <syscall.h>

#define STDOUT_FD 1

/* Output on its way to the console. */
struct console_buffer
  {
    char bytes[256];
    size_t used;
  };

static void
flush (struct console_buffer *buffer)
{
  if (buffer->used > 0)
    write (STDOUT_FD, buffer->bytes, buffer->used);
  buffer->used = 0;
}

/* vformat's emit function: adds CH to the buffer AUX, flushing it first
   when full (only output longer than the buffer is split). */
static void
buffer_char (char ch, void *aux)
{
  struct console_buffer *buffer = aux;

  if (buffer->used == sizeof buffer->bytes)
    flush (buffer);
  buffer->bytes[buffer->used++] = ch;
}

int
vprintf (const char *format, va_list args)
{
  struct console_buffer buffer = { .used = 0 };
  int count = vformat (buffer_char, &buffer, format, args);

  flush (&buffer);
  return count;
}

int
putchar (int ch)
{
  char byte = ch;

  write (STDOUT_FD, &byte, 1);
  return (unsigned char) byte;
}

/* Writes STRING and a newline. */
int
puts (const char *string)
{
  printf ("%s\n", string);
  return 0;
}
