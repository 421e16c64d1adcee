/* The printf engine (vformat) and the functions built on it: snprintf,
   printf and hex_dump.  Console output itself (vprintf, putchar, puts)
   belongs to the environment, kernel or user program. */
#include <stdio.h>
#include <ctype.h>
#include <limits.h>
#include <string.h>

/* Where formatted characters go, and how many went there so far. */
struct output
  {
    void (*emit) (char, void *aux);
    void *aux;
    int count;
  };

/* Which C type an integer argument has, chosen by a size letter. */
enum arg_size
  {
    SIZE_INT,           /* (none) */
    SIZE_CHAR,          /* hh */
    SIZE_SHORT,         /* h */
    SIZE_LONG,          /* l */
    SIZE_LONG_LONG,     /* ll */
    SIZE_INTMAX,        /* j */
    SIZE_SIZE_T,        /* z */
    SIZE_PTRDIFF,       /* t */
  };

/* One conversion such as "%-08.3lx", once parsed. */
struct spec
  {
    bool left;          /* '-': pad on the right instead of the left. */
    bool zero;          /* '0': pad numbers with zeros, not spaces. */
    bool plus;          /* '+': give non-negative numbers a '+'. */
    bool space;         /* ' ': give them a space instead. */
    bool alternate;     /* '#': "0x" before hex, a leading 0 in octal. */
    int width;          /* Minimum number of characters, 0 if none. */
    int precision;      /* Minimum digits, or maximum string length;
                           -1 if none was given. */
    enum arg_size size;
    char conversion;    /* The letter: 'd', 's', ... */
  };

static void
put (struct output *out, char ch)
{
  out->emit (ch, out->aux);
  out->count++;
}

static void
put_bytes (struct output *out, const char *bytes, size_t length)
{
  while (length-- > 0)
    put (out, *bytes++);
}

static void
put_repeated (struct output *out, char ch, size_t times)
{
  while (times-- > 0)
    put (out, ch);
}

/* Reads a decimal number at *FORMAT and moves past it.  Absurdly long
   numbers stop growing at INT_MAX instead of overflowing. */
static int
parse_number (const char **format)
{
  int value = 0;

  for (; isdigit (**format); (*format)++)
    {
      int digit = **format - '0';
      value = value <= (INT_MAX - digit) / 10 ? value * 10 + digit : INT_MAX;
    }
  return value;
}

static void
parse_flags (const char **format, struct spec *spec)
{
  for (;; (*format)++)
    switch (**format)
      {
      case '-': spec->left = true; break;
      case '0': spec->zero = true; break;
      case '+': spec->plus = true; break;
      case ' ': spec->space = true; break;
      case '#': spec->alternate = true; break;
      default: return;
      }
}

/* A '*' width comes from the arguments; a negative one means '-'. */
static void
parse_width (const char **format, va_list *args, struct spec *spec)
{
  if (**format == '*')
    {
      int width = va_arg (*args, int);
      (*format)++;
      if (width < 0)
        {
          spec->left = true;
          width = width < -INT_MAX ? INT_MAX : -width;
        }
      spec->width = width;
    }
  else
    spec->width = parse_number (format);
}

/* A '.' alone means precision 0; a negative '*' means none at all. */
static void
parse_precision (const char **format, va_list *args, struct spec *spec)
{
  spec->precision = -1;
  if (**format != '.')
    return;
  (*format)++;
  if (**format == '*')
    {
      int precision = va_arg (*args, int);
      (*format)++;
      spec->precision = precision < 0 ? -1 : precision;
    }
  else
    spec->precision = parse_number (format);
}

static void
parse_size (const char **format, struct spec *spec)
{
  switch (**format)
    {
    case 'h':
      (*format)++;
      spec->size = SIZE_SHORT;
      if (**format == 'h')
        {
          (*format)++;
          spec->size = SIZE_CHAR;
        }
      break;
    case 'l':
      (*format)++;
      spec->size = SIZE_LONG;
      if (**format == 'l')
        {
          (*format)++;
          spec->size = SIZE_LONG_LONG;
        }
      break;
    case 'j': (*format)++; spec->size = SIZE_INTMAX; break;
    case 'z': (*format)++; spec->size = SIZE_SIZE_T; break;
    case 't': (*format)++; spec->size = SIZE_PTRDIFF; break;
    default: spec->size = SIZE_INT; break;
    }
}

/* Parses the conversion after a '%', which *FORMAT points just past, and
   moves *FORMAT past it.  A format that ends early leaves conversion as
   '\0' and *FORMAT on the terminator. */
static void
parse_spec (const char **format, va_list *args, struct spec *spec)
{
  *spec = (struct spec) { .conversion = '\0' };
  parse_flags (format, spec);
  parse_width (format, args, spec);
  parse_precision (format, args, spec);
  parse_size (format, spec);
  spec->conversion = **format;
  if (**format != '\0')
    (*format)++;
}

/* Arguments narrower than int arrive as int and are cut back here. */
static intmax_t
fetch_signed (va_list *args, enum arg_size size)
{
  switch (size)
    {
    case SIZE_INT: return va_arg (*args, int);
    case SIZE_CHAR: return (signed char) va_arg (*args, int);
    case SIZE_SHORT: return (short) va_arg (*args, int);
    case SIZE_LONG: return va_arg (*args, long);
    case SIZE_LONG_LONG: return va_arg (*args, long long);
    case SIZE_INTMAX: return va_arg (*args, intmax_t);
    /* ptrdiff_t is the signed type as wide as size_t. */
    case SIZE_SIZE_T: return va_arg (*args, ptrdiff_t);
    case SIZE_PTRDIFF: return va_arg (*args, ptrdiff_t);
    }
  NOT_REACHED ();
}

static uintmax_t
fetch_unsigned (va_list *args, enum arg_size size)
{
  switch (size)
    {
    case SIZE_INT: return va_arg (*args, unsigned int);
    case SIZE_CHAR: return (unsigned char) va_arg (*args, unsigned int);
    case SIZE_SHORT: return (unsigned short) va_arg (*args, unsigned int);
    case SIZE_LONG: return va_arg (*args, unsigned long);
    case SIZE_LONG_LONG: return va_arg (*args, unsigned long long);
    case SIZE_INTMAX: return va_arg (*args, uintmax_t);
    case SIZE_SIZE_T: return va_arg (*args, size_t);
    case SIZE_PTRDIFF: return va_arg (*args, size_t);
    }
  NOT_REACHED ();
}

/* Writes PREFIX, ZEROS zeros and then LENGTH bytes of BODY, with spaces
   on the left or right so the whole takes at least the field width. */
static void
put_field (struct output *out, const struct spec *spec, const char *prefix,
           size_t zeros, const char *body, size_t length)
{
  size_t used = strlen (prefix) + zeros + length;
  size_t padding = (size_t) spec->width > used ? spec->width - used : 0;

  if (!spec->left)
    put_repeated (out, ' ', padding);
  put_bytes (out, prefix, strlen (prefix));
  put_repeated (out, '0', zeros);
  put_bytes (out, body, length);
  if (spec->left)
    put_repeated (out, ' ', padding);
}

/* Chooses the sign and "0x" that go in front of a number's zeros. */
static void
number_prefix (const struct spec *spec, bool is_signed, bool negative,
               bool nonzero, unsigned base, char prefix[4])
{
  char *p = prefix;

  if (negative)
    *p++ = '-';
  else if (is_signed && spec->plus)
    *p++ = '+';
  else if (is_signed && spec->space)
    *p++ = ' ';
  if (spec->alternate && base == 16 && nonzero)
    {
      *p++ = '0';
      *p++ = spec->conversion == 'X' ? 'X' : 'x';
    }
  *p = '\0';
}

/* Formats the number whose absolute value is MAGNITUDE.  IS_SIGNED says
   whether the conversion shows '+' and ' ' signs at all. */
static void
format_number (struct output *out, const struct spec *spec,
               uintmax_t magnitude, bool negative, bool is_signed,
               unsigned base)
{
  const char *alphabet = (spec->conversion == 'X' ? "0123456789ABCDEF"
                                                  : "0123456789abcdef");
  char digits[sizeof magnitude * CHAR_BIT / 3 + 1];
  char *first = digits + sizeof digits;
  char prefix[4];
  size_t length, zeros;

  number_prefix (spec, is_signed, negative, magnitude != 0, base, prefix);

  /* Zero gets no digits here.  Without a precision the zeros below supply
     its usual "0"; with precision 0, C wants nothing printed at all. */
  for (; magnitude > 0; magnitude /= base)
    *--first = alphabet[magnitude % base];
  length = digits + sizeof digits - first;

  if (spec->precision < 0)
    zeros = length == 0;
  else
    zeros = (size_t) spec->precision > length ? spec->precision - length : 0;
  /* '#' in octal wants a leading 0; the top digit is never one already. */
  if (spec->alternate && base == 8 && zeros == 0)
    zeros = 1;

  /* With '0', the zeros fill the field; an explicit precision or '-'
     turns that off, as C requires. */
  if (spec->zero && !spec->left && spec->precision < 0)
    {
      size_t used = strlen (prefix) + zeros + length;
      if ((size_t) spec->width > used)
        zeros += spec->width - used;
    }
  put_field (out, spec, prefix, zeros, first, length);
}

static void
format_signed (struct output *out, const struct spec *spec, va_list *args)
{
  intmax_t value = fetch_signed (args, spec->size);
  /* Negating in unsigned arithmetic stays defined for INTMAX_MIN. */
  uintmax_t magnitude = value < 0 ? -(uintmax_t) value : (uintmax_t) value;

  format_number (out, spec, magnitude, value < 0, true, 10);
}

static void
format_unsigned (struct output *out, const struct spec *spec, va_list *args,
                 unsigned base)
{
  format_number (out, spec, fetch_unsigned (args, spec->size), false, false,
                 base);
}

/* A pointer prints as "0x" and hex digits, and the null pointer as
   "(nil)", as the GNU C library does. */
static void
format_pointer (struct output *out, const struct spec *spec, va_list *args)
{
  void *pointer = va_arg (*args, void *);
  struct spec hex = *spec;

  if (pointer == NULL)
    {
      put_field (out, spec, "", 0, "(nil)", 5);
      return;
    }
  hex.alternate = true;
  format_number (out, &hex, (uintptr_t) pointer, false, true, 16);
}

/* A null string prints as "(null)" unless the precision is too small to
   hold it, in which case nothing is printed, as the GNU C library does. */
static void
format_string (struct output *out, const struct spec *spec, va_list *args)
{
  const char *string = va_arg (*args, const char *);
  size_t length;

  if (string == NULL)
    string = spec->precision < 0 || spec->precision >= 6 ? "(null)" : "";
  length = (spec->precision < 0 ? strlen (string)
                                : strnlen (string, spec->precision));
  put_field (out, spec, "", 0, string, length);
}

static void
format_char (struct output *out, const struct spec *spec, va_list *args)
{
  char ch = va_arg (*args, int);

  put_field (out, spec, "", 0, &ch, 1);
}

/* Carries out one parsed conversion; returns false if SPEC's letter is
   not one vformat knows. */
static bool
convert (struct output *out, const struct spec *spec, va_list *args)
{
  switch (spec->conversion)
    {
    case 'd': case 'i': format_signed (out, spec, args); break;
    case 'u': format_unsigned (out, spec, args, 10); break;
    case 'o': format_unsigned (out, spec, args, 8); break;
    case 'x': case 'X': format_unsigned (out, spec, args, 16); break;
    case 'p': format_pointer (out, spec, args); break;
    case 's': format_string (out, spec, args); break;
    case 'c': format_char (out, spec, args); break;
    case '%': put (out, '%'); break;
    default: return false;
    }
  return true;
}

int
vformat (void (*emit) (char, void *aux), void *aux,
         const char *format, va_list args_)
{
  struct output out = { emit, aux, 0 };
  va_list args;

  ASSERT (emit != NULL && format != NULL);
  /* Helpers take a pointer to the list; copying it first is the portable
     way to get one, since va_list may be an array type. */
  va_copy (args, args_);
  while (*format != '\0')
    {
      const char *start = format;
      struct spec spec;

      if (*format++ != '%')
        {
          put (&out, *start);
          continue;
        }
      parse_spec (&format, &args, &spec);
      /* Something we do not understand is shown as written, so the
         mistake is visible in the output. */
      if (!convert (&out, &spec, &args))
        put_bytes (&out, start, format - start);
    }
  va_end (args);
  return out.count;
}

/* A buffer being filled by vsnprintf. */
struct buffer
  {
    char *next;         /* Where the next character goes. */
    char *last;         /* The last byte, kept for the terminator. */
  };

static void
emit_to_buffer (char ch, void *buffer_)
{
  struct buffer *buffer = buffer_;

  if (buffer->next < buffer->last)
    *buffer->next++ = ch;
}

int
vsnprintf (char *buffer, size_t size, const char *format, va_list args)
{
  struct buffer b = { buffer, buffer };
  int length;

  ASSERT (buffer != NULL || size == 0);
  if (size > 0)
    b.last = buffer + size - 1;
  length = vformat (emit_to_buffer, &b, format, args);
  if (size > 0)
    *b.next = '\0';
  return length;
}

int
snprintf (char *buffer, size_t size, const char *format, ...)
{
  va_list args;
  int length;

  va_start (args, format);
  length = vsnprintf (buffer, size, format, args);
  va_end (args);
  return length;
}

int
printf (const char *format, ...)
{
  va_list args;
  int length;

  va_start (args, format);
  length = vprintf (format, args);
  va_end (args);
  return length;
}

/* Bytes shown on each line of a hex dump. */
#define DUMP_WIDTH 16

/* Prints one line of a hex dump, for offsets LINE_START onward.  Only
   COUNT bytes, from column SKIP on, belong to the dump; BYTES points to
   the first of them.  The other columns stay blank. */
static void
dump_line (uintptr_t line_start, size_t skip, size_t count,
           const unsigned char *bytes, bool ascii)
{
  size_t column;

  printf ("%08jx ", (uintmax_t) line_start);
  /* Without the text column, stop after the last byte: no trailing blanks. */
  for (column = 0; column < DUMP_WIDTH && (ascii || column < skip + count);
       column++)
    {
      /* An extra space halfway makes columns easier to count. */
      if (column == DUMP_WIDTH / 2)
        printf (" ");
      if (column >= skip && column < skip + count)
        printf (" %02x", bytes[column - skip]);
      else
        printf ("   ");
    }
  if (ascii)
    {
      printf ("  |");
      for (column = 0; column < DUMP_WIDTH; column++)
        if (column >= skip && column < skip + count)
          printf ("%c", isprint (bytes[column - skip])
                        ? bytes[column - skip] : '.');
        else
          printf (" ");
      printf ("|");
    }
  printf ("\n");
}

/* Lines start at multiples of DUMP_WIDTH, so the same offset always falls
   in the same column; the first and last lines may be partly blank. */
void
hex_dump (uintptr_t offset, const void *buf, size_t size, bool ascii)
{
  const unsigned char *bytes = buf;

  ASSERT (buf != NULL || size == 0);
  while (size > 0)
    {
      size_t skip = offset % DUMP_WIDTH;
      size_t count = DUMP_WIDTH - skip < size ? DUMP_WIDTH - skip : size;

      dump_line (offset - skip, skip, count, bytes, ascii);
      offset += count;
      bytes += count;
      size -= count;
    }
}
