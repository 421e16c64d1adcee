/* A byte position within a file, or a file's length.  Its own header so
   that a file can name the type without pulling in the file system. */
#ifndef FILESYS_OFF_T_H
#define FILESYS_OFF_T_H

#include <inttypes.h>

typedef int32_t off_t;

/* printf conversion for off_t: printf ("%"PRDoff, ofs). */
#define PRDoff PRId32

#endif /* filesys/off_t.h */
