/* An ATA disk driver in PIO mode for the two legacy IDE channels, each
   with up to two disks (master and slave).

   Probing, once at boot, polls the hardware with bounded waits, so that a
   missing or odd device can never hang the kernel.  Reads and writes
   then use interrupts: the thread that started a transfer sleeps on its
   channel's semaphore and the channel's IRQ handler wakes it.  A channel
   runs one command at a time, so each has a lock.

   Each ATA disk found is registered with the role of its position
   (doc/internals.md, Disks); ATAPI devices (CD drives) are skipped. */
#include "devices/ide.h"
#include <debug.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include "devices/block.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/synch.h"

/* Registers of a channel, as offsets from its command-block base port. */
#define REG_DATA 0              /* 16-bit data port. */
#define REG_ERROR 1             /* Error details (read). */
#define REG_COUNT 2             /* Sectors to transfer. */
#define REG_LBA_LOW 3           /* LBA bits 0-7. */
#define REG_LBA_MID 4           /* LBA bits 8-15. */
#define REG_LBA_HIGH 5          /* LBA bits 16-23. */
#define REG_DEVICE 6            /* Which disk, LBA mode, LBA bits 24-27. */
#define REG_STATUS 7            /* Status (read); reading it acks the IRQ. */
#define REG_COMMAND 7           /* Command (write). */

/* The control-block register reads as the alternate status (without
   acknowledging an interrupt); written, it is device control. */

/* Status bits. */
#define STA_BSY 0x80            /* Busy: no other bit is meaningful. */
#define STA_DF 0x20             /* Device fault. */
#define STA_DRQ 0x08            /* Ready to move a sector of data. */
#define STA_ERR 0x01            /* The last command failed. */

/* Device register bits. */
#define DEV_MUST 0xa0           /* Bits that must be set. */
#define DEV_LBA 0x40            /* Sector numbers are LBA, not CHS. */
#define DEV_SLAVE 0x10          /* Selects the slave. */

/* Commands. */
#define CMD_READ_SECTORS 0x20
#define CMD_WRITE_SECTORS 0x30
#define CMD_IDENTIFY 0xec

/* How many status reads to wait for a disk before giving up.  A read
   takes at least 100 ns on real hardware (ATA's rule), so this allows
   about a second; an emulator answers long before. */
#define POLL_LIMIT 10000000

/* LBA28 addressing reaches this many sectors. */
#define LBA28_LIMIT (1u << 28)

struct channel;

/* One disk position on a channel. */
struct disk
  {
    char name[4];               /* "hda" ... "hdd". */
    struct channel *channel;
    bool slave;
    enum block_role role;       /* Fixed by the position. */
  };

struct channel
  {
    const char *name;           /* "ide0" or "ide1". */
    uint16_t base;              /* Command-block base port. */
    uint16_t ctl;               /* Control-block port. */
    uint8_t irq;                /* IRQ line. */
    struct lock lock;           /* One command at a time. */
    bool expecting_interrupt;   /* Is a thread waiting on DONE? */
    struct semaphore done;      /* Upped by the IRQ handler. */
    struct disk disks[2];       /* Master, slave. */
  };

static struct channel channels[2] =
  {
    { .name = "ide0", .base = 0x1f0, .ctl = 0x3f6, .irq = 14 },
    { .name = "ide1", .base = 0x170, .ctl = 0x376, .irq = 15 },
  };

static const struct block_operations ide_operations;

static uint8_t
alt_status (const struct channel *c)
{
  return inb (c->ctl);
}

/* Lets a disk settle after a register write; ATA asks for 400 ns, which
   four reads of the alternate status take at least. */
static void
settle (const struct channel *c)
{
  for (int i = 0; i < 4; i++)
    alt_status (c);
}

/* Waits until C is not busy; false if it stays busy too long. */
static bool
wait_not_busy (const struct channel *c)
{
  for (long i = 0; i < POLL_LIMIT; i++)
    if (!(alt_status (c) & STA_BSY))
      return true;
  return false;
}

/* Waits until C is not busy, then says whether it has data to move and
   no error. */
static bool
wait_for_data (const struct channel *c)
{
  uint8_t status;

  if (!wait_not_busy (c))
    return false;
  status = alt_status (c);
  return (status & (STA_DRQ | STA_ERR | STA_DF)) == STA_DRQ;
}

static void
select_disk (const struct disk *d)
{
  outb (d->channel->base + REG_DEVICE,
        DEV_MUST | DEV_LBA | (d->slave ? DEV_SLAVE : 0));
  settle (d->channel);
}

/* Asks D to describe itself with IDENTIFY, polling rather than waiting
   for the interrupt (which the handler will simply acknowledge), and
   returns its size in sectors; 0 if there is no ATA disk at D.  A missing
   disk shows a status of 0 or, on an empty channel, a floating 0xff; an
   ATAPI device refuses the command and leaves 0x14, 0xeb in LBA mid and
   high.  (No software reset first: an emulator may finish a reset only
   once the CPU idles, which it does not do at boot.) */
static block_sector_t
identify (const struct disk *d)
{
  static uint16_t id[256];      /* Used only at boot, by one thread. */
  const struct channel *c = d->channel;
  uint8_t status;

  select_disk (d);
  status = alt_status (c);
  if (status == 0 || status == 0xff)
    return 0;
  outb (c->base + REG_COUNT, 0);
  outb (c->base + REG_LBA_LOW, 0);
  outb (c->base + REG_LBA_MID, 0);
  outb (c->base + REG_LBA_HIGH, 0);
  outb (c->base + REG_COMMAND, CMD_IDENTIFY);
  settle (c);
  if (alt_status (c) == 0 || !wait_not_busy (c))
    return 0;
  if (inb (c->base + REG_LBA_MID) == 0x14
      && inb (c->base + REG_LBA_HIGH) == 0xeb)
    {
      printf ("%s: ATAPI device, ignored\n", d->name);
      return 0;
    }
  if (!wait_for_data (c))
    return 0;
  insw (c->base + REG_DATA, id, 256);
  /* Words 60 and 61: sectors reachable with LBA28 (0 without LBA). */
  return id[60] | (uint32_t) id[61] << 16;
}

/* Finds the ATA disks of C and registers them. */
static void
probe_channel (struct channel *c)
{
  /* Device control 0: no reset, and interrupts on (nIEN clear), which
     the BIOS may have left off. */
  outb (c->ctl, 0);
  for (int i = 0; i < 2; i++)
    {
      struct disk *d = &c->disks[i];
      block_sector_t size = identify (d);

      if (size != 0)
        block_register (d->name, d->role, size, &ide_operations, d);
    }
}

/* C's IRQ: acknowledge it, and wake the thread waiting for it, if any. */
static void
interrupt_handler (struct intr_frame *f)
{
  struct channel *c = (f->vec_no == 0x20u + channels[0].irq
                       ? &channels[0] : &channels[1]);

  inb (c->base + REG_STATUS);
  if (c->expecting_interrupt)
    {
      c->expecting_interrupt = false;
      sema_up (&c->done);
    }
}

void
ide_init (void)
{
  static const char names[2][2][4] = { { "hda", "hdb" }, { "hdc", "hdd" } };

  for (int ch = 0; ch < 2; ch++)
    {
      struct channel *c = &channels[ch];

      lock_init (&c->lock);
      sema_init (&c->done, 0);
      c->expecting_interrupt = false;
      for (int i = 0; i < 2; i++)
        {
          struct disk *d = &c->disks[i];
          snprintf (d->name, sizeof d->name, "%s", names[ch][i]);
          d->channel = c;
          d->slave = i == 1;
          d->role = ch * 2 + i;   /* hda kernel, hdb filesys, ... */
        }
      intr_register_ext (0x20 + c->irq, interrupt_handler, c->name);
      probe_channel (c);
    }
}

/* Points D's channel at SECTOR, ready for a one-sector command. */
static void
select_sector (const struct disk *d, block_sector_t sector)
{
  const struct channel *c = d->channel;

  ASSERT (sector < LBA28_LIMIT);
  if (!wait_not_busy (c))
    PANIC ("%s: disk stays busy", d->name);
  outb (c->base + REG_DEVICE, DEV_MUST | DEV_LBA
        | (d->slave ? DEV_SLAVE : 0) | (sector >> 24));
  settle (c);
  outb (c->base + REG_COUNT, 1);
  outb (c->base + REG_LBA_LOW, sector);
  outb (c->base + REG_LBA_MID, sector >> 8);
  outb (c->base + REG_LBA_HIGH, sector >> 16);
}

/* Starts COMMAND on D's channel, telling the IRQ handler to expect it. */
static void
start_command (struct disk *d, uint8_t command)
{
  d->channel->expecting_interrupt = true;
  outb (d->channel->base + REG_COMMAND, command);
}

/* A failed transfer means broken hardware, not bad data: stop. */
static void
check_transfer (struct disk *d, bool ok, const char *what,
                block_sector_t sector)
{
  if (!ok)
    PANIC ("%s: %s of sector %" PRIu32 " failed (error 0x%02x)", d->name,
           what, sector, inb (d->channel->base + REG_ERROR));
}

static void
ide_read (void *aux, block_sector_t sector, void *buffer)
{
  struct disk *d = aux;
  struct channel *c = d->channel;

  lock_acquire (&c->lock);
  select_sector (d, sector);
  start_command (d, CMD_READ_SECTORS);
  sema_down_for_device (&c->done);
  check_transfer (d, wait_for_data (c), "read", sector);
  insw (c->base + REG_DATA, buffer, BLOCK_SECTOR_SIZE / 2);
  lock_release (&c->lock);
}

static void
ide_write (void *aux, block_sector_t sector, const void *buffer)
{
  struct disk *d = aux;
  struct channel *c = d->channel;

  lock_acquire (&c->lock);
  select_sector (d, sector);
  start_command (d, CMD_WRITE_SECTORS);
  check_transfer (d, wait_for_data (c), "write", sector);
  outsw (c->base + REG_DATA, buffer, BLOCK_SECTOR_SIZE / 2);
  /* The interrupt comes once the disk has taken the sector. */
  sema_down_for_device (&c->done);
  check_transfer (d, !(alt_status (c) & (STA_ERR | STA_DF)), "write",
                  sector);
  lock_release (&c->lock);
}

static const struct block_operations ide_operations = { ide_read, ide_write };
