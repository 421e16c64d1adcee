/* Bitmaps: fixed-size arrays of bits, used to track which of a set of
   things (pages, disk sectors, swap slots) are in use.  Bits are numbered
   from 0 and all start out false.

   A bitmap is not synchronized: threads sharing one must lock it. */
#ifndef LIB_KERNEL_BITMAP_H
#define LIB_KERNEL_BITMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct bitmap;

/* Creating.  bitmap_create allocates with malloc and returns NULL if
   memory runs out.  bitmap_create_in_buf builds the bitmap inside
   BUF_SIZE bytes at BUF, which must be at least bitmap_buf_size (BIT_CNT)
   and aligned like a pointer; it is for memory that comes from elsewhere,
   such as the first page of a memory pool.  Only a bitmap from
   bitmap_create may be passed to bitmap_destroy. */
struct bitmap *bitmap_create (size_t bit_cnt);
struct bitmap *bitmap_create_in_buf (size_t bit_cnt, void *buf,
                                     size_t buf_size);
size_t bitmap_buf_size (size_t bit_cnt);
void bitmap_destroy (struct bitmap *);

/* The number of bits. */
size_t bitmap_size (const struct bitmap *);

/* One bit.  bitmap_mark makes it true, bitmap_reset false. */
void bitmap_set (struct bitmap *, size_t idx, bool value);
void bitmap_mark (struct bitmap *, size_t idx);
void bitmap_reset (struct bitmap *, size_t idx);
void bitmap_flip (struct bitmap *, size_t idx);
bool bitmap_test (const struct bitmap *, size_t idx);

/* Ranges: the CNT bits starting at START. */
void bitmap_set_all (struct bitmap *, bool value);
void bitmap_set_multiple (struct bitmap *, size_t start, size_t cnt,
                          bool value);
size_t bitmap_count (const struct bitmap *, size_t start, size_t cnt,
                     bool value);
bool bitmap_contains (const struct bitmap *, size_t start, size_t cnt,
                      bool value);
bool bitmap_any (const struct bitmap *, size_t start, size_t cnt);
bool bitmap_none (const struct bitmap *, size_t start, size_t cnt);
bool bitmap_all (const struct bitmap *, size_t start, size_t cnt);

/* Finding room: the index of the first run of CNT bits, all equal to
   VALUE, at or after START, or BITMAP_ERROR if there is none.
   bitmap_scan_and_flip also flips the run it finds, which is how an
   allocator claims free bits. */
#define BITMAP_ERROR SIZE_MAX
size_t bitmap_scan (const struct bitmap *, size_t start, size_t cnt,
                    bool value);
size_t bitmap_scan_and_flip (struct bitmap *, size_t start, size_t cnt,
                             bool value);

/* Prints the bits to the console as a hex dump, bit 0 being the lowest
   bit of the first byte. */
void bitmap_dump (const struct bitmap *);

#endif /* lib/kernel/bitmap.h */
