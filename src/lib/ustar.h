/* Headers of ustar archives (POSIX.1-1988 "tar"), the format of the
   scratch disk that carries files into and out of the machine.  An
   archive is a run of 512-byte blocks: each member is a header block
   followed by its data, padded to whole blocks; two zero blocks end it. */
#ifndef LIB_USTAR_H
#define LIB_USTAR_H

#include <stdbool.h>
#include <stdint.h>

#define USTAR_BLOCK_SIZE 512

/* Longest member name this code reads or writes (the header's name field
   alone; the prefix field is not used). */
#define USTAR_NAME_MAX 99

/* Kinds of member (the header's type flag). */
enum ustar_type
  {
    USTAR_REGULAR = '0',        /* An ordinary file. */
    USTAR_DIRECTORY = '5'       /* A directory: a name, no data. */
  };

/* What one header says. */
struct ustar_member
  {
    char name[USTAR_NAME_MAX + 1];
    char type;                  /* An enum ustar_type, or another flag. */
    uint32_t size;              /* Bytes of data that follow the header. */
  };

/* What ustar_parse found in a block. */
enum ustar_result
  {
    USTAR_MEMBER,               /* A valid header, now in *member. */
    USTAR_END,                  /* A zero block: the archive ends. */
    USTAR_BAD                   /* Not a valid header; *error says why. */
  };

enum ustar_result ustar_parse (const void *block, struct ustar_member *,
                               const char **error);
bool ustar_make_header (void *block, const char *name, enum ustar_type,
                        uint32_t size);

#endif /* lib/ustar.h */
