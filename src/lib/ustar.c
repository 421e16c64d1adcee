/* Reading and writing ustar headers.  Numbers in a header are ASCII
   octal; a checksum (the byte sum of the header, counting its own field
   as spaces) guards against reading something that is not a header.
   Nothing here trusts the block it is given: a bad header gives an error
   message, never a read outside the block. */
#include <ustar.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* The header's fields, at their POSIX offsets. */
struct header
  {
    char name[100];
    char mode[8];
    char uid[8];
    char gid[8];
    char size[12];
    char mtime[12];
    char checksum[8];
    char type;
    char linkname[100];
    char magic[6];              /* "ustar" and a NUL (GNU: a space). */
    char version[2];            /* "00" (GNU: " " and a NUL). */
    char uname[32];
    char gname[32];
    char devmajor[8];
    char devminor[8];
    char prefix[155];
    char padding[12];
  };

_Static_assert (sizeof (struct header) == USTAR_BLOCK_SIZE,
                "a header is one block");
_Static_assert (offsetof (struct header, prefix) == 345,
                "fields lie at their POSIX offsets");

/* The checksum of HEADER: the sum of its bytes, as unsigned values,
   with the checksum field counted as eight spaces. */
static uint32_t
checksum (const struct header *header)
{
  const uint8_t *bytes = (const uint8_t *) header;
  uint32_t sum = 0;

  for (size_t i = 0; i < sizeof *header; i++)
    {
      bool in_field = (i >= offsetof (struct header, checksum)
                       && i < offsetof (struct header, type));
      sum += in_field ? ' ' : bytes[i];
    }
  return sum;
}

/* Parses the octal number in FIELD, LENGTH bytes, into *VALUE.  Leading
   spaces are skipped; the digits end at a NUL, a space or the field's
   end.  Fails on no digits, another character, or more than 32 bits. */
static bool
parse_octal (const char *field, size_t length, uint32_t *value)
{
  size_t i = 0;
  uint64_t result = 0;

  while (i < length && field[i] == ' ')
    i++;
  if (i == length || field[i] < '0' || field[i] > '7')
    return false;
  for (; i < length && field[i] >= '0' && field[i] <= '7'; i++)
    {
      result = result * 8 + (field[i] - '0');
      if (result > UINT32_MAX)
        return false;
    }
  if (i < length && field[i] != '\0' && field[i] != ' ')
    return false;
  *value = result;
  return true;
}

static bool
all_zero (const void *block)
{
  const uint8_t *bytes = block;

  for (size_t i = 0; i < USTAR_BLOCK_SIZE; i++)
    if (bytes[i] != 0)
      return false;
  return true;
}

/* Reads the header in BLOCK (USTAR_BLOCK_SIZE bytes) into *MEMBER.
   Returns USTAR_END for the zero block that ends an archive, and
   USTAR_BAD, with a reason in *ERROR, for anything that is not a valid
   header whose name fits USTAR_NAME_MAX. */
enum ustar_result
ustar_parse (const void *block, struct ustar_member *member,
             const char **error)
{
  const struct header *header = block;
  uint32_t sum;

  if (all_zero (block))
    return USTAR_END;
  if (memcmp (header->magic, "ustar", 5) != 0)
    *error = "not a ustar header";
  else if (!parse_octal (header->checksum, sizeof header->checksum, &sum)
           || sum != checksum (header))
    *error = "bad header checksum";
  else if (!parse_octal (header->size, sizeof header->size, &member->size))
    *error = "bad size field";
  else if (header->prefix[0] != '\0'
           || memchr (header->name, '\0', sizeof header->name) == NULL)
    *error = "member name too long";
  else if (header->name[0] == '\0')
    *error = "empty member name";
  else
    {
      memcpy (member->name, header->name, sizeof member->name);
      member->type = header->type == '\0' ? USTAR_REGULAR : header->type;
      return USTAR_MEMBER;
    }
  return USTAR_BAD;
}

/* Writes into BLOCK (USTAR_BLOCK_SIZE bytes) a header for a member
   called NAME, of TYPE, with SIZE bytes of data, owned by root, mode
   0644, dated 1970.  Fails if NAME is empty or too long. */
bool
ustar_make_header (void *block, const char *name, enum ustar_type type,
                   uint32_t size)
{
  struct header *header = block;
  size_t length = strlen (name);

  if (length == 0 || length > USTAR_NAME_MAX)
    return false;
  memset (header, 0, sizeof *header);
  memcpy (header->name, name, length);
  snprintf (header->mode, sizeof header->mode, "%07o",
            type == USTAR_DIRECTORY ? 0755 : 0644);
  snprintf (header->uid, sizeof header->uid, "%07o", 0);
  snprintf (header->gid, sizeof header->gid, "%07o", 0);
  snprintf (header->size, sizeof header->size, "%011o",
            (unsigned) (type == USTAR_DIRECTORY ? 0 : size));
  snprintf (header->mtime, sizeof header->mtime, "%011o", 0);
  header->type = type;
  memcpy (header->magic, "ustar", 6);
  memcpy (header->version, "00", 2);
  memcpy (header->uname, "root", 5);
  memcpy (header->gname, "root", 5);
  /* The checksum is summed with its field as spaces, then stored as six
     digits, a NUL and a space. */
  snprintf (header->checksum, sizeof header->checksum, "%06o",
            (unsigned) checksum (header));
  header->checksum[7] = ' ';
  return true;
}
