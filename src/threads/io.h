/* x86 port I/O: the in and out instructions, for devices that live in the
   I/O address space (PIC, PIT, serial port, disks, keyboard controller). */
#ifndef THREADS_IO_H
#define THREADS_IO_H

#include <stddef.h>
#include <stdint.h>

static inline uint8_t inb (uint16_t port)
{
  uint8_t data;
  asm volatile ("inb %w1, %b0" : "=a" (data) : "Nd" (port));
  return data;
}

static inline uint16_t inw (uint16_t port)
{
  uint16_t data;
  asm volatile ("inw %w1, %w0" : "=a" (data) : "Nd" (port));
  return data;
}

static inline uint32_t inl (uint16_t port)
{
  uint32_t data;
  asm volatile ("inl %w1, %0" : "=a" (data) : "Nd" (port));
  return data;
}

/* Reads COUNT 16-bit words from PORT into BUF. */
static inline void insw (uint16_t port, void *buf, size_t count)
{
  asm volatile ("rep insw" : "+D" (buf), "+c" (count) : "d" (port) : "memory");
}

static inline void outb (uint16_t port, uint8_t data)
{
  asm volatile ("outb %b0, %w1" : : "a" (data), "Nd" (port));
}

static inline void outw (uint16_t port, uint16_t data)
{
  asm volatile ("outw %w0, %w1" : : "a" (data), "Nd" (port));
}

static inline void outl (uint16_t port, uint32_t data)
{
  asm volatile ("outl %0, %w1" : : "a" (data), "Nd" (port));
}

/* Writes COUNT 16-bit words from BUF to PORT. */
static inline void outsw (uint16_t port, const void *buf, size_t count)
{
  asm volatile ("rep outsw" : "+S" (buf), "+c" (count) : "d" (port));
}

#endif /* threads/io.h */
