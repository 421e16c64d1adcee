/* An image file as the file-system disk of a host program. */
#ifndef FILESYS_HOST_DISK_FILE_H
#define FILESYS_HOST_DISK_FILE_H

#include <stdbool.h>
#include "devices/block.h"

bool disk_file_open (const char *path);
void disk_file_close (void);

#endif
