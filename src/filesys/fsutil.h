/* The kernel command line's file actions (doc/internals.md): moving files
   between the file system and the scratch disk, listing, printing and
   deleting them.  ARGV[0] is the action's name, ARGV[1] its argument. */
#ifndef FILESYS_FSUTIL_H
#define FILESYS_FSUTIL_H

void fsutil_ls (char **argv);
void fsutil_cat (char **argv);
void fsutil_rm (char **argv);
void fsutil_extract (char **argv);
void fsutil_append (char **argv);

#endif /* filesys/fsutil.h */
