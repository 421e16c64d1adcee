/* Memory blocks and NUL-terminated strings: the functions of <string.h>.
   Each is written for clarity first; a kernel that needs faster copies can
   replace memcpy and memset later without touching their callers. */
#include <string.h>
#include <stdbool.h>
#include <debug.h>

void *
memcpy (void *dst_, const void *src_, size_t size)
{
  unsigned char *dst = dst_;
  const unsigned char *src = src_;

  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL || size == 0);
  while (size-- > 0)
    *dst++ = *src++;
  return dst_;
}

/* Like memcpy, but the blocks may overlap: when the destination starts
   inside the source, copying from the back keeps unread bytes intact. */
void *
memmove (void *dst_, const void *src_, size_t size)
{
  unsigned char *dst = dst_;
  const unsigned char *src = src_;

  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL || size == 0);
  if (dst <= src || dst >= src + size)
    return memcpy (dst_, src_, size);
  while (size-- > 0)
    dst[size] = src[size];
  return dst_;
}

/* Compares bytes as unsigned char, as the standard requires. */
int
memcmp (const void *a_, const void *b_, size_t size)
{
  const unsigned char *a = a_;
  const unsigned char *b = b_;

  ASSERT (a != NULL || size == 0);
  ASSERT (b != NULL || size == 0);
  for (; size > 0; size--, a++, b++)
    if (*a != *b)
      return *a < *b ? -1 : 1;
  return 0;
}

void *
memchr (const void *block_, int ch_, size_t size)
{
  const unsigned char *block = block_;
  unsigned char ch = ch_;

  ASSERT (block != NULL || size == 0);
  for (; size > 0; size--, block++)
    if (*block == ch)
      return (void *) block;
  return NULL;
}

void *
memset (void *dst_, int value, size_t size)
{
  unsigned char *dst = dst_;

  ASSERT (dst != NULL || size == 0);
  while (size-- > 0)
    *dst++ = value;
  return dst_;
}

int
strcmp (const char *a, const char *b)
{
  ASSERT (a != NULL && b != NULL);
  return strncmp (a, b, (size_t) -1);
}

/* Characters compare as unsigned char, so "\xff" sorts after "a". */
int
strncmp (const char *a_, const char *b_, size_t size)
{
  const unsigned char *a = (const unsigned char *) a_;
  const unsigned char *b = (const unsigned char *) b_;

  ASSERT (a != NULL && b != NULL);
  for (; size > 0; size--, a++, b++)
    if (*a != *b || *a == '\0')
      return *a < *b ? -1 : *a > *b;
  return 0;
}

size_t
strlen (const char *string)
{
  const char *p = string;

  ASSERT (string != NULL);
  while (*p != '\0')
    p++;
  return p - string;
}

/* Never looks past MAX_LENGTH bytes, so it is safe on buffers that may
   lack a terminator. */
size_t
strnlen (const char *string, size_t max_length)
{
  size_t length = 0;

  ASSERT (string != NULL);
  while (length < max_length && string[length] != '\0')
    length++;
  return length;
}

/* The terminator counts as part of the string: strchr (s, '\0') finds it. */
char *
strchr (const char *string, int ch_)
{
  char ch = ch_;

  ASSERT (string != NULL);
  for (;; string++)
    {
      if (*string == ch)
        return (char *) string;
      if (*string == '\0')
        return NULL;
    }
}

char *
strrchr (const char *string, int ch_)
{
  char ch = ch_;
  const char *last = NULL;

  ASSERT (string != NULL);
  for (;; string++)
    {
      if (*string == ch)
        last = string;
      if (*string == '\0')
        return (char *) last;
    }
}

char *
strstr (const char *haystack, const char *needle)
{
  size_t needle_length = strlen (needle);

  ASSERT (haystack != NULL);
  for (; *haystack != '\0'; haystack++)
    if (strncmp (haystack, needle, needle_length) == 0)
      return (char *) haystack;
  return needle_length == 0 ? (char *) haystack : NULL;
}

/* Counts the leading characters of STRING that are (if MEMBERS is true)
   or are not (if false) in SET: the shared loop of strspn and strcspn. */
static size_t
span (const char *string, const char *set, bool members)
{
  size_t length = 0;

  ASSERT (string != NULL && set != NULL);
  while (string[length] != '\0'
         && (strchr (set, string[length]) != NULL) == members)
    length++;
  return length;
}

size_t
strspn (const char *string, const char *accept)
{
  return span (string, accept, true);
}

size_t
strcspn (const char *string, const char *reject)
{
  return span (string, reject, false);
}

char *
strpbrk (const char *string, const char *stop)
{
  string += strcspn (string, stop);
  return *string != '\0' ? (char *) string : NULL;
}

/* Splits STRING into tokens separated by runs of DELIMITERS.  The first
   call passes the string, later calls pass NULL; *SAVE_PTR remembers where
   to resume, so different strings can be split at the same time.  The
   string is modified: each token gets a NUL in place of its delimiter. */
char *
strtok_r (char *string, const char *delimiters, char **save_ptr)
{
  char *token;

  ASSERT (delimiters != NULL && save_ptr != NULL);
  if (string == NULL)
    string = *save_ptr;
  ASSERT (string != NULL);

  token = string + strspn (string, delimiters);
  if (*token == '\0')
    {
      *save_ptr = token;
      return NULL;
    }
  string = token + strcspn (token, delimiters);
  if (*string != '\0')
    *string++ = '\0';
  *save_ptr = string;
  return token;
}

size_t
strlcpy (char *dst, const char *src, size_t size)
{
  size_t src_length;

  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL);
  src_length = strlen (src);
  if (size > 0)
    {
      size_t copied = src_length < size - 1 ? src_length : size - 1;
      memcpy (dst, src, copied);
      dst[copied] = '\0';
    }
  return src_length;
}

/* If DST holds no terminator within SIZE bytes it is left alone, and the
   result is SIZE + strlen (SRC), as OpenBSD's original defines it. */
size_t
strlcat (char *dst, const char *src, size_t size)
{
  size_t dst_length;

  ASSERT (dst != NULL || size == 0);
  ASSERT (src != NULL);
  dst_length = strnlen (dst, size);
  if (dst_length == size)
    return size + strlen (src);
  return dst_length + strlcpy (dst + dst_length, src, size - dst_length);
}
