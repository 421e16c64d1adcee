/* string.h against the host's C library over a set of awkward strings
   (empty, repeats, bytes above 127), plus strlcpy and strlcat, which the
   host lacks, against their definition.  Every string lives in a heap
   block of exactly its size, so AddressSanitizer catches a function that
   reads one byte too far. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "ours.h"

static const char *const samples[] =
  {
    "", "a", "b", "ab", "ba", "abc", "abd", "aaaa", "aab", "abcabcabd",
    "hello, world", "hello", "  leading", "trailing  ", " \t\n",
    "\x80", "\xff", "a\xff", "a\x7f", "mississippi", "issi", "ssip", "pi",
  };
#define SAMPLE_CNT (sizeof samples / sizeof *samples)

/* A heap copy of SIZE bytes of STRING. */
static char *
exact_copy (const char *string, size_t size)
{
  char *copy = malloc (size);

  EXPECT (copy != NULL || size == 0, "out of memory");
  memcpy (copy, string, size);
  return copy;
}

static int
sign (int x)
{
  return (x > 0) - (x < 0);
}

/* Where P points into BASE, or -1 for NULL, so results from our function
   and the host's on the same string compare. */
static long
offset_in (const char *base, const char *p)
{
  return p == NULL ? -1 : p - base;
}

static void
check_one (const char *a, size_t size)
{
  size_t n;
  int ch;

  EXPECT (skiff_strlen (a) == strlen (a), "strlen (\"%s\")", a);
  for (n = 0; n <= size + 1; n++)
    EXPECT (skiff_strnlen (a, n) == strnlen (a, n), "strnlen (\"%s\", %zu)",
            a, n);
  for (ch = 0; ch < 256; ch++)
    {
      EXPECT (offset_in (a, skiff_strchr (a, ch)) == offset_in (a, strchr (a, ch)),
              "strchr (\"%s\", %d)", a, ch);
      EXPECT (offset_in (a, skiff_strrchr (a, ch))
              == offset_in (a, strrchr (a, ch)), "strrchr (\"%s\", %d)", a, ch);
      EXPECT (offset_in (a, skiff_memchr (a, ch, size))
              == offset_in (a, memchr (a, ch, size)), "memchr (\"%s\", %d)",
              a, ch);
    }
}

static void
check_pair (const char *a, size_t a_size, const char *b, size_t b_size)
{
  size_t n;

  EXPECT (sign (skiff_strcmp (a, b)) == sign (strcmp (a, b)),
          "strcmp (\"%s\", \"%s\")", a, b);
  for (n = 0; n <= a_size + 1 && n <= b_size + 1; n++)
    EXPECT (sign (skiff_strncmp (a, b, n)) == sign (strncmp (a, b, n)),
            "strncmp (\"%s\", \"%s\", %zu)", a, b, n);
  for (n = 0; n <= a_size && n <= b_size; n++)
    EXPECT (sign (skiff_memcmp (a, b, n)) == sign (memcmp (a, b, n)),
            "memcmp (\"%s\", \"%s\", %zu)", a, b, n);
  EXPECT (offset_in (a, skiff_strstr (a, b)) == offset_in (a, strstr (a, b)),
          "strstr (\"%s\", \"%s\")", a, b);
  EXPECT (skiff_strspn (a, b) == strspn (a, b), "strspn (\"%s\", \"%s\")",
          a, b);
  EXPECT (skiff_strcspn (a, b) == strcspn (a, b), "strcspn (\"%s\", \"%s\")",
          a, b);
  EXPECT (offset_in (a, skiff_strpbrk (a, b)) == offset_in (a, strpbrk (a, b)),
          "strpbrk (\"%s\", \"%s\")", a, b);
}

/* Splits A at the characters of DELIMITERS with both strtok_r's and
   compares every token. */
static void
check_tokens (const char *a, size_t size, const char *delimiters)
{
  char *ours = exact_copy (a, size), *host = exact_copy (a, size);
  char *ours_save, *host_save;
  char *ours_token = skiff_strtok_r (ours, delimiters, &ours_save);
  char *host_token = strtok_r (host, delimiters, &host_save);

  for (;;)
    {
      EXPECT (offset_in (ours, ours_token) == offset_in (host, host_token),
              "strtok_r (\"%s\", \"%s\") token", a, delimiters);
      if (ours_token == NULL)
        break;
      ours_token = skiff_strtok_r (NULL, delimiters, &ours_save);
      host_token = strtok_r (NULL, delimiters, &host_save);
    }
  EXPECT (memcmp (ours, host, size) == 0, "strtok_r (\"%s\", \"%s\") left "
          "different bytes behind", a, delimiters);
  free (ours);
  free (host);
}

static void
check_blocks (void)
{
  char ours[64], host[64];
  size_t from, to, n;

  for (n = 0; n < sizeof ours; n++)
    ours[n] = host[n] = n * 7;
  EXPECT (skiff_memset (ours + 3, 0xab, 20) == ours + 3, "memset's result");
  memset (host + 3, 0xab, 20);
  EXPECT (memcmp (ours, host, sizeof ours) == 0, "memset");

  /* Every overlap, in both directions. */
  for (from = 0; from < 16; from++)
    for (to = 0; to < 16; to++)
      {
        for (n = 0; n < sizeof ours; n++)
          ours[n] = host[n] = n;
        EXPECT (skiff_memmove (ours + to, ours + from, 40) == ours + to,
                "memmove's result");
        memmove (host + to, host + from, 40);
        EXPECT (memcmp (ours, host, sizeof ours) == 0,
                "memmove from %zu to %zu", from, to);
      }

  EXPECT (skiff_memcpy (ours, "copy me", 8) == ours, "memcpy's result");
  EXPECT (strcmp (ours, "copy me") == 0, "memcpy");
  EXPECT (skiff_memcpy (NULL, NULL, 0) == NULL, "memcpy of nothing");
}

/* strlcpy and strlcat into every buffer size from 0 up, checking the
   result, the text and that nothing past the buffer is touched. */
static void
check_bounded_copies (void)
{
  const char *src = "hello";
  size_t size;

  for (size = 0; size <= 8; size++)
    {
      char buf[16];
      size_t expected = size == 0 ? 0 : (size - 1 < 5 ? size - 1 : 5);

      memset (buf, '#', sizeof buf);
      EXPECT (skiff_strlcpy (buf, src, size) == 5, "strlcpy result, size %zu",
              size);
      EXPECT (size == 0 || (memcmp (buf, src, expected) == 0
                            && buf[expected] == '\0'),
              "strlcpy text, size %zu", size);
      EXPECT (buf[size] == '#', "strlcpy wrote past %zu bytes", size);

      memcpy (buf, "ab", 3);
      memset (buf + 3, '#', sizeof buf - 3);
      EXPECT (skiff_strlcat (buf, src, size) == (size < 3 ? size + 5 : 7),
              "strlcat result, size %zu", size);
      if (size > 3)
        EXPECT (strncmp (buf, "abhello", size - 1) == 0
                && buf[size - 1 < 7 ? size - 1 : 7] == '\0',
                "strlcat text, size %zu: \"%s\"", size, buf);
      else
        EXPECT (strcmp (buf, "ab") == 0, "strlcat changed a full buffer");
      EXPECT (size < 3 || buf[size] == '#', "strlcat wrote past %zu bytes",
              size);
    }
}

void
test_string (void)
{
  size_t i, j;

  for (i = 0; i < SAMPLE_CNT; i++)
    {
      size_t a_size = strlen (samples[i]) + 1;
      char *a = exact_copy (samples[i], a_size);

      check_one (a, a_size);
      for (j = 0; j < SAMPLE_CNT; j++)
        {
          size_t b_size = strlen (samples[j]) + 1;
          char *b = exact_copy (samples[j], b_size);

          check_pair (a, a_size, b, b_size);
          check_tokens (a, a_size, b);
          free (b);
        }
      free (a);
    }
  check_blocks ();
  check_bounded_copies ();
}
