/* IPSIS, the storage module. A task's storage calls are the same words
   whichever end serves them (doc/ipwis.md): `read PATH OFFSET' answers
   the file's bytes from OFFSET, as many as fit; `write PATH OFFSET' and a
   newline, then data, writes the data there, making the file if need be,
   and answers `wrote N'. Here they are served from Skiff's file system,
   so no byte crosses the serial line. The module is a security boundary:
   it gives tasks the whole file system, so the owner must ask for it. */
#ifdef SOLUTION_IPWIS
#include "ipwis/ipsis.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"

static bool loaded;

/* The -ipsis boot option. */
void
ipsis_load (void)
{
  loaded = true;
}

bool
ipsis_loaded (void)
{
  return loaded;
}

static bool
starts_with (const uint8_t *request, size_t size, const char *word)
{
  size_t n = strlen (word);
  return size >= n && !memcmp (request, word, n);
}

/* Whether the module is loaded and REQUEST is a storage call. */
bool
ipsis_serves (const uint8_t *request, size_t size)
{
  return loaded && (starts_with (request, size, "read ") || starts_with (request, size, "write "));
}

/* Splits "WORD PATH OFFSET" (up to the newline or the end) into PATH
   and *OFFSET; *DATA is what follows a newline. False if malformed. */
static bool
parse (const uint8_t *request, size_t size, char path[128], off_t *offset,
       const uint8_t **data)
{
  char line[160];
  const uint8_t *newline = memchr (request, '\n', size);
  size_t length = newline != NULL ? (size_t) (newline - request) : size;
  if (length >= sizeof line)
    return false;
  memcpy (line, request, length);
  line[length] = '\0';
  *data = newline != NULL ? newline + 1 : request + size;
  char *space = strchr (line, ' '), *last = strrchr (line, ' ');
  if (space == NULL || last == space || last - space - 1 >= 128)
    return false;
  memcpy (path, space + 1, last - space - 1);
  path[last - space - 1] = '\0';
  *offset = 0;
  for (const char *d = last + 1; ; d++)
    {
      if (*d == '\0')
        return d != last + 1 && *offset >= 0;
      if (*d < '0' || *d > '9' || *offset > 100000000)
        return false;
      *offset = *offset * 10 + (*d - '0');
    }
}

/* A storage call served from the file system (task_outside_call). */
int
ipsis_call (void *aux UNUSED, const uint8_t *request, size_t size, uint8_t *reply,
            size_t reply_size)
{
  char path[128];
  off_t offset;
  const uint8_t *data;
  if (!parse (request, size, path, &offset, &data))
    return -1;
  bool writing = starts_with (request, size, "write ");
  if (writing)
    filesys_create (path, 0);   /* Fails harmlessly if it exists. */
  struct file *file = filesys_open (path);
  if (file == NULL)
    return -1;
  int n;
  if (writing)
    {
      off_t written = file_write_at (file, data, request + size - data, offset);
      n = snprintf ((char *) reply, reply_size, "wrote %d", (int) written);
    }
  else
    n = file_read_at (file, reply, reply_size, offset);
  file_close (file);
  return n;
}
#endif /* SOLUTION_IPWIS */
