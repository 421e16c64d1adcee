/* Output through the environment's console: printf's text and count, and
   the exact layout of hex_dump. */
#include <string.h>
#include "check.h"
#include "ours.h"

static void
expect_console (const char *expected)
{
  EXPECT (strcmp (console_text (), expected) == 0,
          "printed \"%s\", expected \"%s\"", console_text (), expected);
}

static void
check_printf (void)
{
  console_reset ();
  EXPECT (skiff_printf ("%s=%05d%c", "x", -42, '\n') == 8,
          "printf's count");
  expect_console ("x=-0042\n");
}

static void
check_hex_dump (void)
{
  const char bytes[] = "Hello, world!\n\x01\xff more bytes";

  /* A dump starting mid-line leaves the columns before it blank. */
  console_reset ();
  skiff_hex_dump (0x1003, bytes, sizeof bytes - 1, true);
  expect_console (
    "00001000           48 65 6c 6c 6f  2c 20 77 6f 72 6c 64 21"
    "  |   Hello, world!|\n"
    "00001010  0a 01 ff 20 6d 6f 72 65  20 62 79 74 65 73      "
    "  |... more bytes  |\n");

  /* Without the text column, lines stop after their last byte. */
  console_reset ();
  skiff_hex_dump (0, bytes, 18, false);
  expect_console (
    "00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 01 ff\n"
    "00000010  20 6d\n");

  console_reset ();
  skiff_hex_dump (0, NULL, 0, true);
  expect_console ("");
}

void
test_console (void)
{
  check_printf ();
  check_hex_dump ();
}
