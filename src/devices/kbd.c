/* PS/2 keyboard driver. The keyboard controller raises IRQ 1 for every
   scan code (set 1: a key's code when pressed, the same code plus 0x80 when
   released). We track the modifier keys and turn presses of character keys
   into ASCII for the input buffer. */
#include "devices/kbd.h"
#include <ctype.h>
#include <debug.h>
#include <stdbool.h>
#include <stddef.h>
#include "devices/input.h"
#include "devices/pic.h"
#include "threads/interrupt.h"
#include "threads/io.h"

#define DATA_PORT 0x60
#define IRQ_KEYBOARD 1
#define RELEASE 0x80            /* Set in a key's release code. */
#define EXTENDED_PREFIX 0xe0    /* Precedes codes of the extra keys. */

/* Scan codes of the modifier keys. */
#define SC_LSHIFT 0x2a
#define SC_RSHIFT 0x36
#define SC_CTRL 0x1d
#define SC_ALT 0x38
#define SC_CAPSLOCK 0x3a

static bool shift, ctrl, alt, caps_lock;
static bool extended;           /* Saw EXTENDED_PREFIX just before. */

/* Characters of the US layout by scan code, unshifted and shifted. */
static const char plain[] =
  "\0\0331234567890-=\b\tqwertyuiop[]\n\0asdfghjkl;'`\0\\zxcvbnm,./\0*\0 ";
static const char shifted[] =
  "\0\033!@#$%^&*()_+\b\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~\0|ZXCVBNM<>?\0*\0 ";

static intr_handler_func keyboard_interrupt;

void
kbd_init (void)
{
  intr_register_ext (PIC_VECTOR_BASE + IRQ_KEYBOARD, keyboard_interrupt, "8042 Keyboard");
}

/* Updates the modifier state for CODE; says whether CODE was one. */
static bool
track_modifier (uint8_t code, bool pressed)
{
  switch (code)
    {
    case SC_LSHIFT: case SC_RSHIFT: shift = pressed; return true;
    case SC_CTRL: ctrl = pressed; return true;
    case SC_ALT: alt = pressed; return true;
    case SC_CAPSLOCK: if (pressed) caps_lock = !caps_lock; return true;
    default: return false;
    }
}

/* The ASCII character of a press of CODE, or 0 for none. */
static char
translate (uint8_t code)
{
  if (code >= sizeof plain - 1)
    return 0;
  char c = (shift ? shifted : plain)[code];
  if (caps_lock && isalpha (c))
    c = shift ? tolower (c) : toupper (c);
  if (ctrl && isalpha (c))
    c = toupper (c) - 'A' + 1;  /* Ctrl-A is 1, ..., Ctrl-Z is 26. */
  return c;
}

static void
keyboard_interrupt (struct intr_frame *f UNUSED)
{
  uint8_t code = inb (DATA_PORT);
  if (code == EXTENDED_PREFIX)
    {
      extended = true;
      return;
    }
  bool pressed = (code & RELEASE) == 0;
  code &= ~RELEASE;
  bool was_extended = extended;
  extended = false;

  if (track_modifier (code, pressed) || !pressed || was_extended || alt)
    return;
  char c = translate (code);
  if (c != 0 && !input_full ())
    input_putc (c);
}
