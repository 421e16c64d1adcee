/* The index of an inode: which sector holds each block (512-byte piece)
   of a file.  The inode sector itself holds INODE_DIRECT_CNT pointers
   to data sectors, one pointer to an index sector of INDEX_PTR_CNT more,
   and one to an index sector of index sectors (layout.h):

     block 0 .. 121           inode->direct[block]
     the next 128             indirect[block - 122]
     the next 128 * 128       doubly[i / 128][i % 128], i = block - 250

   A pointer of 0 is a hole: nothing was ever written there, and it reads
   as zeros.  Sectors are allocated one at a time when first written, so
   a file grows wherever free sectors are, and fragmentation of the free
   space never stops it.  Every access goes through the buffer cache.
   Called with the file-system lock held. */
#ifdef SOLUTION_FILESYS
#include "filesys/index.h"
#include <debug.h>
#include <stddef.h>
#include "filesys/cache.h"
#include "filesys/free-map.h"
#include "filesys/layout.h"

/* The sector that the pointer at byte OFS of sector HOLDER names,
   allocated (and zeroed) first if it is a hole and ALLOCATE is true.
   Returns 0 for a hole left as one, or if the disk is full. */
static block_sector_t
follow (block_sector_t holder, size_t ofs, bool allocate)
{
  block_sector_t target;

  cache_read (holder, &target, ofs, sizeof target);
  if (target == 0 && allocate && free_map_allocate (1, &target))
    {
      cache_zero (target);
      cache_write (holder, &target, ofs, sizeof target);
    }
  return target;
}

/* Byte offsets of the pointer fields within the inode sector. */
#define DIRECT_OFS(i) (offsetof (struct inode_disk, direct) \
                       + (i) * sizeof (block_sector_t))
#define INDIRECT_OFS offsetof (struct inode_disk, indirect)
#define DOUBLY_OFS offsetof (struct inode_disk, doubly)
#define SLOT_OFS(i) ((i) * sizeof (block_sector_t))

/* The sector of BLOCK of the file whose inode is at INODE_SECTOR, or 0
   (a hole, or the disk is full when ALLOCATE; past the biggest file). */
block_sector_t
index_get (block_sector_t inode, size_t block, bool allocate)
{
  block_sector_t index;

  if (block < INODE_DIRECT_CNT)
    return follow (inode, DIRECT_OFS (block), allocate);
  block -= INODE_DIRECT_CNT;
  if (block < INDEX_PTR_CNT)
    {
      index = follow (inode, INDIRECT_OFS, allocate);
      return index == 0 ? 0 : follow (index, SLOT_OFS (block), allocate);
    }
  block -= INDEX_PTR_CNT;
  if (block >= INDEX_PTR_CNT * INDEX_PTR_CNT)
    return 0;
  index = follow (inode, DOUBLY_OFS, allocate);
  if (index != 0)
    index = follow (index, SLOT_OFS (block / INDEX_PTR_CNT), allocate);
  return index == 0 ? 0 : follow (index, SLOT_OFS (block % INDEX_PTR_CNT),
                                  allocate);
}

/* Visits SECTOR and, if it is an index sector DEPTH levels above the
   data, everything below it; stops when VISIT returns false.  The
   sector is visited before it is read, so a checking VISIT can refuse a
   pointer off the disk before it is followed. */
static bool
walk (block_sector_t sector, int depth,
      bool (*visit) (block_sector_t, void *), void *aux)
{
  if (sector == 0)
    return true;
  if (!visit (sector, aux))
    return false;
  for (size_t i = 0; depth > 0 && i < INDEX_PTR_CNT; i++)
    {
      block_sector_t child;
      cache_read (sector, &child, SLOT_OFS (i), sizeof child);
      if (!walk (child, depth - 1, visit, aux))
        return false;
    }
  return true;
}

/* Visits every data and index sector of the file whose inode is at
   INODE_SECTOR (not the inode itself), until VISIT returns false;
   returns false if it did. */
bool
index_for_each (block_sector_t inode,
                bool (*visit) (block_sector_t, void *aux), void *aux)
{
  block_sector_t top;

  for (size_t i = 0; i < INODE_DIRECT_CNT; i++)
    {
      cache_read (inode, &top, DIRECT_OFS (i), sizeof top);
      if (!walk (top, 0, visit, aux))
        return false;
    }
  cache_read (inode, &top, INDIRECT_OFS, sizeof top);
  if (!walk (top, 1, visit, aux))
    return false;
  cache_read (inode, &top, DOUBLY_OFS, sizeof top);
  return walk (top, 2, visit, aux);
}

static bool
release (block_sector_t sector, void *aux UNUSED)
{
  free_map_release (sector, 1);
  return true;
}

/* Frees every data and index sector of the file whose inode is at
   INODE_SECTOR.  (An index sector is read before it is freed, and
   nothing is allocated meanwhile, so its pointers are still there.) */
void
index_release (block_sector_t inode)
{
  index_for_each (inode, release, NULL);
}
#endif /* SOLUTION_FILESYS */
