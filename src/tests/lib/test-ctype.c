/* ctype.h against the host's classification in the "C" locale, for every
   value a ctype function may be given: each unsigned char, and EOF. */
#include <ctype.h>
#include <stdio.h>
#include "check.h"
#include "ours.h"

/* Our function and the host's, under one name. */
struct class
  {
    const char *name;
    int (*ours) (int);
    int (*host) (int);
  };

/* The host may define these as macros; the wrappers give plain functions
   to point at. */
#define HOST_WRAPPER(NAME) static int host_##NAME (int c) { return NAME (c); }
HOST_WRAPPER (isalnum)
HOST_WRAPPER (isalpha)
HOST_WRAPPER (iscntrl)
HOST_WRAPPER (isdigit)
HOST_WRAPPER (isgraph)
HOST_WRAPPER (islower)
HOST_WRAPPER (isprint)
HOST_WRAPPER (ispunct)
HOST_WRAPPER (isspace)
HOST_WRAPPER (isupper)
HOST_WRAPPER (isxdigit)
HOST_WRAPPER (tolower)
HOST_WRAPPER (toupper)

#define CLASS(NAME) { #NAME, skiff_##NAME, host_##NAME }
static const struct class classes[] =
  {
    CLASS (isalnum), CLASS (isalpha), CLASS (iscntrl), CLASS (isdigit),
    CLASS (isgraph), CLASS (islower), CLASS (isprint), CLASS (ispunct),
    CLASS (isspace), CLASS (isupper), CLASS (isxdigit),
  };

void
test_ctype (void)
{
  int c;
  size_t i;

  for (c = EOF; c <= 255; c++)
    {
      for (i = 0; i < sizeof classes / sizeof *classes; i++)
        EXPECT (!classes[i].ours (c) == !classes[i].host (c),
                "%s (%d) is %d, the host says %d", classes[i].name, c,
                classes[i].ours (c), classes[i].host (c));
      EXPECT (skiff_tolower (c) == host_tolower (c),
              "tolower (%d) is %d, the host says %d",
              c, skiff_tolower (c), host_tolower (c));
      EXPECT (skiff_toupper (c) == host_toupper (c),
              "toupper (%d) is %d, the host says %d",
              c, skiff_toupper (c), host_toupper (c));
    }
}
