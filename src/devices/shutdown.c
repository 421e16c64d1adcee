/* Power-off and reboot. Simulated PCs power off through their ACPI
   power-management block when SLP_EN with sleep type 5 (soft off) is
   written to the PM1a control register; where that register lives depends
   on the machine: port 0x604 on current QEMU, 0xb004 on Bochs (and older
   QEMU). Bochs also turns itself off when "Shutdown" is written to its
   debug port 0x8900. We try all of them; real hardware would need the
   ACPI tables, which a teaching kernel does without. */
#include "devices/shutdown.h"
#include <console.h>
#include <stdio.h>
#include "devices/serial.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/thread.h"
#ifdef FILESYS
#include "devices/block.h"
#include "filesys/filesys.h"
#endif
#ifdef VM
#include "vm/stats.h"
#endif

#define ACPI_SLP_EN_S5 0x2000   /* SLP_EN | SLP_TYP 0 (S5 on these machines). */

static void
print_stats (void)
{
  timer_print_stats ();
  console_print_stats ();
  thread_print_stats ();
#ifdef FILESYS
  block_print_stats ();
#endif
#ifdef VM
  vm_stats_print ();
#endif
}

/* Shuts down the file system, prints statistics, and turns the machine
   off. If that fails, the CPU spins forever. */
void
shutdown_power_off (void)
{
#ifdef FILESYS
  filesys_done ();
#endif
  print_stats ();
  printf ("Powering off...\n");
  shutdown_power_off_now ();
}

/* Turns the machine off with no orderly shutdown: for panics and for a
   command line the kernel cannot follow. */
void
shutdown_power_off_now (void)
{
  serial_flush ();
  intr_disable ();
  outw (0x604, ACPI_SLP_EN_S5);
  outw (0xb004, ACPI_SLP_EN_S5);
  for (const char *p = "Shutdown"; *p != '\0'; p++)
    outb (0x8900, *p);

  /* QEMU carries out the power-off on a host thread, a moment after the
     write. Printing anything meanwhile would make the output depend on
     the host's load, and halting with interrupts off stalls QEMU when its
     clock counts instructions: so we wait, silently, by spinning. */
  for (;;)
    asm volatile ("pause");
}

/* Resets the CPU through the keyboard controller's reset line, or, if
   that does nothing, by a triple fault: an interrupt with no IDT. */
void
shutdown_reboot (void)
{
  printf ("Rebooting...\n");
  serial_flush ();
  intr_disable ();
  for (int tries = 0; tries < 1000; tries++)
    {
      if ((inb (0x64) & 0x02) == 0)
        outb (0x64, 0xfe);
    }
  struct { uint16_t limit; uint32_t base; } __attribute__ ((packed)) no_idt = { 0, 0 };
  asm volatile ("lidt %0; int $3" : : "m" (no_idt));
  for (;;)
    continue;
}
