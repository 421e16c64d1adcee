/* VGA text console. The screen is a 80x25 array of 16-bit cells (a
   character and its colours) at physical address 0xb8000; the blinking
   cursor is moved through the CRT controller's registers. */
#include "devices/vga.h"
#include <stdint.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/vaddr.h"

#define COLS 80
#define ROWS 25
#define GRAY_ON_BLACK 0x07
#define CRTC_INDEX 0x3d4
#define CRTC_DATA 0x3d5

static uint16_t (*screen)[COLS];
static unsigned cx, cy;         /* Cursor column and row. */

static uint16_t
cell (char c)
{
  return (GRAY_ON_BLACK << 8) | (uint8_t) c;
}

static void
clear_row (unsigned y)
{
  for (unsigned x = 0; x < COLS; x++)
    screen[y][x] = cell (' ');
}

static void
clear_screen (void)
{
  for (unsigned y = 0; y < ROWS; y++)
    clear_row (y);
  cx = cy = 0;
}

static void
newline (void)
{
  cx = 0;
  if (++cy < ROWS)
    return;
  memmove (&screen[0], &screen[1], sizeof screen[0] * (ROWS - 1));
  clear_row (ROWS - 1);
  cy = ROWS - 1;
}

static void
move_cursor (void)
{
  uint16_t pos = cy * COLS + cx;
  outb (CRTC_INDEX, 0x0e);
  outb (CRTC_DATA, pos >> 8);
  outb (CRTC_INDEX, 0x0f);
  outb (CRTC_DATA, pos & 0xff);
}

/* Writes C at the cursor, interpreting \n, \r, \b, \t and \f. */
void
vga_putc (int c)
{
  enum intr_level old_level = intr_disable ();
  if (screen == NULL)
    {
      screen = ptov (0xb8000);
      clear_screen ();
    }

  switch (c)
    {
    case '\n': newline (); break;
    case '\r': cx = 0; break;
    case '\f': clear_screen (); break;
    case '\b': if (cx > 0) cx--; break;
    case '\t': cx = (cx + 8) & ~7u; if (cx >= COLS) newline (); break;
    default:
      screen[cy][cx] = cell (c);
      if (++cx >= COLS)
        newline ();
      break;
    }
  move_cursor ();
  intr_set_level (old_level);
}
