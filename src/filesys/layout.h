/* The on-disk format of Skiff's simple file system: everything a disk
   holds, in one place.  All numbers are little endian, as the CPU stores
   them.

     sector 0   superblock: says "this is our file system", and its size
     sector 1   inode of the free map: a bitmap with one bit per sector,
                set when the sector is in use
     sector 2   inode of the root directory, the only directory
     3 ...      the contents of those two files, and of every other file

   (Phase 4 puts the redo log, log.c, in sectors 3 to 3 + LOG_SECTORS,
   and files after it.)

   Each file is an inode sector plus one contiguous run of data sectors,
   whose length is fixed when the file is created.

   In phase 4 files are indexed instead: an inode
   names its data sectors one by one, through direct, indirect and doubly
   indirect pointers, so a file grows a sector at a time wherever free
   sectors are; the root directory is one directory among many. */
#ifndef FILESYS_LAYOUT_H
#define FILESYS_LAYOUT_H

#include <stdint.h>
#include "devices/block.h"

#define SUPERBLOCK_SECTOR 0
#define FREE_MAP_SECTOR 1
#define ROOT_DIR_SECTOR 2
#ifdef SOLUTION_FILESYS
/* The redo log: a header sector, then the logged sectors' contents. */
#define LOG_HEADER_SECTOR 3
#define LOG_SECTORS 64
#define FIRST_DATA_SECTOR (LOG_HEADER_SECTOR + 1 + LOG_SECTORS)
#else
/* TODO (filesys): room for a log, if your crash safety uses one. */
#define FIRST_DATA_SECTOR 3
#endif

/* "SKFS" and "INOD" as they appear on disk. */
#define FS_MAGIC 0x53464b53
#define INODE_MAGIC 0x444f4e49
#ifdef SOLUTION_FILESYS
/* "SLOG". */
#define LOG_MAGIC 0x474f4c53
#endif

/* Bump when the layout changes, so old disks are refused, not misread. */
#ifdef SOLUTION_FILESYS
#define FS_VERSION 2
#else
/* TODO (filesys): bump when you change the layout. */
#define FS_VERSION 1
#endif

struct superblock
  {
    uint32_t magic;             /* FS_MAGIC. */
    uint32_t version;           /* FS_VERSION. */
    uint32_t sector_cnt;        /* Sectors the file system spans. */
    uint8_t unused[BLOCK_SECTOR_SIZE - 3 * sizeof (uint32_t)];
  };

#ifdef SOLUTION_FILESYS
/* The log's header: while COUNT is not 0, log sector I (right after the
   header) holds what belongs in sector HOME[I]. */
struct log_header
  {
    uint32_t magic;                     /* LOG_MAGIC. */
    uint32_t count;                     /* Logged sectors; 0: log empty. */
    block_sector_t home[LOG_SECTORS];
    uint8_t unused[BLOCK_SECTOR_SIZE - (2 + LOG_SECTORS) * 4];
  };

/* Pointers in an inode, and in an index sector.  A pointer of 0 means
   "no sector yet": that part of the file reads as zeros (sector 0, the
   superblock, can never hold data). */
#define INODE_DIRECT_CNT 122
#define INDEX_PTR_CNT (BLOCK_SECTOR_SIZE / sizeof (block_sector_t))

/* The biggest file: every pointer used (about 8.1 MB). */
#define INODE_MAX_SECTORS (INODE_DIRECT_CNT + INDEX_PTR_CNT \
                           + INDEX_PTR_CNT * INDEX_PTR_CNT)

struct inode_disk
  {
    uint32_t magic;             /* INODE_MAGIC. */
    uint32_t length;            /* File size in bytes. */
    uint32_t is_dir;            /* 1 for a directory, 0 for a file. */
    block_sector_t parent;      /* A directory's parent (the root's is
                                   itself); 0 for a file. */
    block_sector_t direct[INODE_DIRECT_CNT];  /* The first data sectors. */
    block_sector_t indirect;    /* An index sector of data sectors. */
    block_sector_t doubly;      /* An index sector of index sectors. */
  };
#else
/* TODO (filesys): an indexed inode (doc/filesys.md). */
struct inode_disk
  {
    uint32_t magic;             /* INODE_MAGIC. */
    block_sector_t start;       /* First data sector (0 if length is 0). */
    uint32_t length;            /* File size in bytes. */
    uint8_t unused[BLOCK_SECTOR_SIZE - 3 * sizeof (uint32_t)];
  };
#endif

/* Longest file name, not counting the NUL. */
#define NAME_MAX 14

/* The root directory's contents: an array of these. */
struct dir_entry
  {
    block_sector_t inode_sector;        /* Where the file's inode is. */
    char name[NAME_MAX + 1];            /* NUL-terminated. */
    uint8_t in_use;                     /* 1 for a file, 0 for a free slot. */
  };

/* How many entries a freshly formatted root directory holds.  In phase
   4 every directory grows as entries are added, so it starts small. */
#ifdef SOLUTION_FILESYS
#define ROOT_ENTRY_CNT 16
#else
/* TODO (filesys): directories that grow can start small. */
#define ROOT_ENTRY_CNT 64
#endif

/* The sizes a file system may have.  The upper bound keeps the free map,
   which is held in memory, small (32 kB). */
#define FS_MIN_SECTORS (FIRST_DATA_SECTOR + 13)
#define FS_MAX_SECTORS (1u << 18)

_Static_assert (sizeof (struct superblock) == BLOCK_SECTOR_SIZE,
                "a superblock fills one sector");
_Static_assert (sizeof (struct inode_disk) == BLOCK_SECTOR_SIZE,
                "an inode fills one sector");
#ifdef SOLUTION_FILESYS
_Static_assert (sizeof (struct log_header) == BLOCK_SECTOR_SIZE,
                "the log header fills one sector");
#endif
_Static_assert (sizeof (struct dir_entry) == 20,
                "directory entries have one size on every compiler");

#endif /* filesys/layout.h */
