/* The dependency-tree parser. It is strict on purpose: a tree is signed,
   so there must be exactly one way to write each tree. One field per line,
   in a fixed order, single spaces, two spaces of indentation per level of
   subprogram, printable ASCII only, and every line ending in a newline.
   Blank lines and lines starting with `#' are ignored. Anything else is
   refused with the number of the line and what is wrong with it.

   The parser checks the form; what the values mean (the signature,
   references, limits) is dtree_verify()'s business. */
#include "ipwis/dtree.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "ipwis/hex.h"

#define HEADER "ipwis-tree 1"

/* The fields of a program, in the order they must come. */
enum stage
  {
    S_START, S_CALLER, S_CALLEE, S_CREATED, S_PROGRAM, S_INPUT, S_OUTPUT,
    S_NEED_CPU, S_NEED_GPU, S_NEED_MEMORY, S_NEED_NETWORK, S_MAX_TIME,
    S_RESERVED, S_CHILD, S_EXCEPTION, S_SIGNATURE
  };

static const char *const stage_names[] =
  {
    "the start", "caller", "callee", "created", "program", "input", "output",
    "need cpu", "need gpu", "need memory", "need network", "max-time",
    "reserved", "child", "exception", "signature"
  };

/* Fields every root, and every subprogram, must have. */
static const enum stage root_required[] = { S_CALLER, S_CALLEE, S_CREATED, S_PROGRAM, S_MAX_TIME };
static const enum stage sub_required[] = { S_CALLEE, S_PROGRAM, S_MAX_TIME };

struct parser
  {
    struct dtree *tree;
    struct dtree_error *error;
    int line;                           /* Number of the line being read. */
    const char *args;                   /* What follows the line's keyword. */
    size_t args_len;
    int open[DTREE_MAX_DEPTH + 1];      /* Programs not yet closed. */
    int depth;                          /* open[depth] gets the fields. */
    enum stage stage[DTREE_MAX_NODES];  /* Each program's last field. */
    bool signed_;                       /* The signature line was read. */
  };

static struct dtree_node *
current (struct parser *p)
{
  return &p->tree->nodes[p->open[p->depth]];
}

static struct dtree_span
span (const struct parser *p, const char *start, size_t length)
{
  return (struct dtree_span) { start - p->tree->text, length };
}

/* Syntax of the words of a tree. */

/* 1 to 31 lowercase letters, digits and EXTRA. A name may start with a
   digit, not with EXTRA; a key the other way round. */
static bool
is_word (const char *s, size_t n, bool is_name, char extra)
{
  if (n == 0 || n > 31)
    return false;
  for (size_t i = 0; i < n; i++)
    if (!islower (s[i]) && !(isdigit (s[i]) && (i > 0 || is_name))
        && !(s[i] == extra && (i > 0 || !is_name)))
      return false;
  return true;
}

/* Callers, callees, subprograms: delivery-robot, 3d-printer. */
static bool
is_name (const char *s, size_t n)
{
  return is_word (s, n, true, '-');
}

/* Inputs and outputs: eta_minutes, _private. */
static bool
is_key (const char *s, size_t n)
{
  return is_word (s, n, false, '_');
}

/* SCHEME:/SEGMENT/SEGMENT...: where a program or a file is found. */
static bool
is_path (const char *s, size_t n)
{
  static const char *const schemes[] = { "local:", "ipiis:", "ipsis:" };
  size_t i = 0;
  for (size_t k = 0; k < sizeof schemes / sizeof *schemes && i == 0; k++)
    if (n > strlen (schemes[k]) && !memcmp (s, schemes[k], strlen (schemes[k])))
      i = strlen (schemes[k]);
  if (i == 0)
    return false;
  while (i < n)
    {
      if (s[i++] != '/')
        return false;
      size_t start = i;
      while (i < n && (isalnum (s[i]) || strchr ("._-", s[i]) != NULL))
        i++;
      size_t length = i - start;
      if (length == 0 || (s[start] == '.' && (length == 1 || (length == 2 && s[start + 1] == '.'))))
        return false;
    }
  return true;
}

/* A decimal number without sign or leading zeros, at most LIMIT. */
static bool
parse_unsigned (const char *s, size_t n, uint64_t limit, uint64_t *value)
{
  if (n == 0 || n > 20 || (s[0] == '0' && n > 1))
    return false;
  uint64_t v = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (!isdigit (s[i]) || v > (limit - (s[i] - '0')) / 10)
        return false;
      v = v * 10 + (s[i] - '0');
    }
  *value = v;
  return true;
}

/* A decimal integer that fits in a signed integer of MAGNITUDE. */
static bool
is_integer (const char *s, size_t n, uint64_t magnitude)
{
  uint64_t value;
  if (n > 0 && s[0] == '-')
    return n > 1 && s[1] != '0' && parse_unsigned (s + 1, n - 1, magnitude + 1, &value);
  return parse_unsigned (s, n, magnitude, &value);
}

static size_t
digits (const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && isdigit (s[i]))
    i++;
  return i;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]{1,3})? */
static bool
is_float (const char *s, size_t n)
{
  size_t i = s[0] == '-';
  size_t d = digits (s + i, n - i);
  if (d == 0 || (d > 1 && s[i] == '0'))
    return false;
  i += d;
  if (i < n && s[i] == '.')
    {
      d = digits (s + i + 1, n - i - 1);
      if (d == 0)
        return false;
      i += 1 + d;
    }
  if (i < n && (s[i] == 'e' || s[i] == 'E'))
    {
      i++;
      if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
      d = digits (s + i, n - i);
      if (d == 0 || d > 3)
        return false;
      i += d;
    }
  return i == n;
}

/* "...": printable characters, with \" and \\ the only escapes. */
static bool
is_string (const char *s, size_t n)
{
  if (n < 2 || s[0] != '"' || s[n - 1] != '"')
    return false;
  for (size_t i = 1; i < n - 1; i++)
    if (s[i] == '"')
      return false;
    else if (s[i] == '\\' && (++i == n - 1 || (s[i] != '"' && s[i] != '\\')))
      return false;
  return true;
}

static bool
is_literal (enum dtree_type type, const char *s, size_t n)
{
  switch (type)
    {
    case DTREE_I32: return is_integer (s, n, INT32_MAX);
    case DTREE_I64: return is_integer (s, n, INT64_MAX);
    case DTREE_F64: return n > 0 && is_float (s, n);
    case DTREE_BOOL: return (n == 4 && !memcmp (s, "true", 4)) || (n == 5 && !memcmp (s, "false", 5));
    case DTREE_STRING: return is_string (s, n);
    case DTREE_PATH: return is_path (s, n);
    default: return false;
    }
}

/* $KEY or $PROGRAM.KEY. */
static bool
is_reference (const char *s, size_t n)
{
  if (n < 2 || s[0] != '$')
    return false;
  const char *dot = memchr (s, '.', n);
  if (dot == NULL)
    return is_key (s + 1, n - 1);
  return is_name (s + 1, dot - s - 1) && is_key (dot + 1, s + n - dot - 1);
}

static bool
is_leap (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int
days_in_month (int year, int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  return days[month - 1] + (month == 2 && is_leap (year));
}

/* The number of N digits at S, or -1 if they are not all digits. */
static int
number_at (const char *s, int n)
{
  int value = 0;
  for (int i = 0; i < n; i++)
    {
      if (!isdigit (s[i]))
        return -1;
      value = value * 10 + (s[i] - '0');
    }
  return value;
}

/* YYYY-MM-DDTHH:MM:SSZ, in UTC, from 1970 on: seconds since 1970. */
static bool
parse_time (const char *s, size_t n, int64_t *seconds)
{
  if (n != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':'
      || s[16] != ':' || s[19] != 'Z')
    return false;
  int year = number_at (s, 4), month = number_at (s + 5, 2), day = number_at (s + 8, 2);
  int hour = number_at (s + 11, 2), minute = number_at (s + 14, 2), second = number_at (s + 17, 2);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > days_in_month (year, month)
      || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return false;
  int64_t days = day - 1;
  for (int y = 1970; y < year; y++)
    days += is_leap (y) ? 366 : 365;
  for (int m = 1; m < month; m++)
    days += days_in_month (year, m);
  *seconds = ((days * 24 + hour) * 60 + minute) * 60 + second;
  return true;
}

/* Reporting. */

static bool
refuse (struct parser *p, const char *message)
{
  dtree_refuse (p->error, p->line, "%s", message);
  return false;
}

/* Takes the next space-separated word of the line's arguments. With
   REST, the word is everything left. */
static bool
next_word (struct parser *p, const char **word, size_t *length, bool rest)
{
  if (p->args_len == 0)
    return false;
  const char *space = rest ? NULL : memchr (p->args, ' ', p->args_len);
  *word = p->args;
  *length = space != NULL ? (size_t) (space - p->args) : p->args_len;
  if (*length == 0)
    return false;
  p->args += *length + (space != NULL);
  p->args_len -= *length + (space != NULL);
  return space == NULL || p->args_len > 0;
}

/* The field order. */

static bool
is_required (const struct dtree_node *node, enum stage stage)
{
  const enum stage *required = node->kind == DTREE_ROOT ? root_required : sub_required;
  size_t cnt = node->kind == DTREE_ROOT ? sizeof root_required / sizeof *root_required
                                        : sizeof sub_required / sizeof *sub_required;
  for (size_t i = 0; i < cnt; i++)
    if (required[i] == stage)
      return true;
  return false;
}

/* Checks that every field the current program must have before STAGE
   (all of them, for S_SIGNATURE + 1) came. */
static bool
check_required_before (struct parser *p, enum stage stage)
{
  struct dtree_node *node = current (p);
  for (enum stage s = p->stage[p->open[p->depth]] + 1; s < stage; s++)
    if (is_required (node, s))
      {
        dtree_refuse (p->error, p->line, "`%s` is missing before this line",
                      stage_names[s]);
        return false;
      }
  return true;
}

/* Moves the current program to field STAGE, which REPEATS if it may come
   several times in a row. */
static bool
advance (struct parser *p, enum stage stage, bool repeats)
{
  struct dtree_node *node = current (p);
  enum stage *last = &p->stage[p->open[p->depth]];
  if (node->kind != DTREE_ROOT && (stage == S_CALLER || stage == S_CREATED || stage == S_SIGNATURE))
    {
      dtree_refuse (p->error, p->line, "only the root of the tree has `%s`", stage_names[stage]);
      return false;
    }
  if (stage == *last && !repeats)
    {
      dtree_refuse (p->error, p->line, "`%s` may come only once in a program", stage_names[stage]);
      return false;
    }
  if (stage < *last)
    {
      dtree_refuse (p->error, p->line, "`%s` must come before `%s` (the order is in doc/ipwis.md)",
                    stage_names[stage], stage_names[*last]);
      return false;
    }
  if (!check_required_before (p, stage))
    return false;
  *last = stage;
  return true;
}

/* The fields. */

static bool
field_name (struct parser *p, struct dtree_span *out, const char *what)
{
  const char *word;
  size_t length;
  if (!next_word (p, &word, &length, true) || !is_name (word, length))
    {
      dtree_refuse (p->error, p->line, "a %s is 1 to 31 lowercase letters, digits and "
                    "dashes, starting with a letter or digit", what);
      return false;
    }
  *out = span (p, word, length);
  return true;
}

static bool
field_caller (struct parser *p)
{
  return advance (p, S_CALLER, false) && field_name (p, &p->tree->caller, "caller");
}

static bool
field_callee (struct parser *p)
{
  return advance (p, S_CALLEE, false) && field_name (p, &current (p)->callee, "callee");
}

static bool
field_created (struct parser *p)
{
  const char *word;
  size_t length;
  if (!advance (p, S_CREATED, false))
    return false;
  if (!next_word (p, &word, &length, true) || !parse_time (word, length, &p->tree->created))
    return refuse (p, "`created` takes a UTC time from 1970 on: YYYY-MM-DDTHH:MM:SSZ");
  p->tree->created_text = span (p, word, length);
  return true;
}

static bool
field_program (struct parser *p)
{
  const char *word;
  size_t length;
  if (!advance (p, S_PROGRAM, false))
    return false;
  if (!next_word (p, &word, &length, true) || !is_path (word, length))
    return refuse (p, "`program` takes a path: local:/..., ipiis:/... or ipsis:/...");
  current (p)->program = span (p, word, length);
  return true;
}

static bool
parse_type (const char *word, size_t length, enum dtree_type *type)
{
  for (int t = 0; t < DTREE_TYPE_CNT; t++)
    if (strlen (dtree_type_name (t)) == length && !memcmp (word, dtree_type_name (t), length))
      {
        *type = t;
        return true;
      }
  return false;
}

/* input KEY TYPE VALUE, or output KEY TYPE VALUE. */
static bool
field_datum (struct parser *p, bool output)
{
  struct dtree_node *node = current (p);
  const char *key, *type_word, *value;
  size_t key_len, type_len, value_len;
  if (!advance (p, output ? S_OUTPUT : S_INPUT, true))
    return false;
  if (node->data_cnt == DTREE_MAX_DATA)
    {
      dtree_refuse (p->error, p->line, "a program has at most %d inputs and outputs", DTREE_MAX_DATA);
      return false;
    }
  if (!next_word (p, &key, &key_len, false) || !next_word (p, &type_word, &type_len, false)
      || !next_word (p, &value, &value_len, true))
    return refuse (p, output ? "`output` takes a key, a type and a value"
                             : "`input` takes a key, a type and a value");
  struct dtree_datum *d = &node->data[node->data_cnt];
  if (!is_key (key, key_len))
    return refuse (p, "a key is 1 to 31 lowercase letters, digits and underscores, "
                      "not starting with a digit");
  if (!parse_type (type_word, type_len, &d->type))
    return refuse (p, "the type must be one of i32, i64, f64, bool, string, path");
  if (value_len == 1 && value[0] == '?')
    d->value_kind = DTREE_AT_RUN_TIME;
  else if (value[0] == '$')
    {
      if (!is_reference (value, value_len))
        return refuse (p, "a reference is $KEY or $PROGRAM.KEY");
      d->value_kind = DTREE_REFERENCE;
    }
  else if (is_literal (d->type, value, value_len))
    d->value_kind = DTREE_LITERAL;
  else
    {
      dtree_refuse (p->error, p->line, "`%.*s` is not a value of type %s",
                    (int) value_len, value, dtree_type_name (d->type));
      return false;
    }
  d->output = output;
  d->key = span (p, key, key_len);
  d->value = span (p, value, value_len);
  d->line = p->line;
  node->data_cnt++;
  return true;
}

/* need cpu|gpu|memory|network NUMBER */
static bool
field_need (struct parser *p)
{
  const char *what, *number;
  size_t what_len, number_len;
  uint64_t value;
  if (!next_word (p, &what, &what_len, false) || !next_word (p, &number, &number_len, true))
    return refuse (p, "`need` takes a resource (cpu, gpu, memory, network) and a number");
  for (int n = 0; n < DTREE_NEED_CNT; n++)
    if (strlen (dtree_need_name (n)) == what_len && !memcmp (what, dtree_need_name (n), what_len))
      {
        if (!advance (p, S_NEED_CPU + n, false))
          return false;
        if (!parse_unsigned (number, number_len, UINT32_MAX, &value))
          return refuse (p, "a need is a whole number without leading zeros");
        current (p)->needs[n] = value;
        current (p)->needs_given |= 1u << n;
        current (p)->need_lines[n] = p->line;
        return true;
      }
  return refuse (p, "`need` takes a resource (cpu, gpu, memory, network) and a number");
}

static bool
field_max_time (struct parser *p)
{
  const char *number;
  size_t length;
  uint64_t value;
  if (!advance (p, S_MAX_TIME, false))
    return false;
  if (!next_word (p, &number, &length, true) || !parse_unsigned (number, length, UINT32_MAX, &value))
    return refuse (p, "`max-time` takes a number of timer ticks");
  current (p)->max_ticks = value;
  current (p)->max_ticks_line = p->line;
  return true;
}

/* reserved|child|exception NAME { opens a subprogram. */
static bool
open_subprogram (struct parser *p, enum dtree_kind kind, enum stage stage)
{
  const char *name, *brace;
  size_t name_len, brace_len;
  if (!advance (p, stage, kind != DTREE_EXCEPTION))
    return false;
  if (!next_word (p, &name, &name_len, false) || !next_word (p, &brace, &brace_len, true)
      || brace_len != 1 || brace[0] != '{')
    return refuse (p, "a subprogram begins `reserved NAME {`, `child NAME {` or `exception NAME {`");
  if (!is_name (name, name_len))
    return refuse (p, "a subprogram's name is 1 to 31 lowercase letters, digits and dashes");
  if (p->depth == DTREE_MAX_DEPTH)
    {
      dtree_refuse (p->error, p->line, "subprograms nest at most %d deep", DTREE_MAX_DEPTH);
      return false;
    }
  if (p->tree->node_cnt == DTREE_MAX_NODES)
    {
      dtree_refuse (p->error, p->line, "a tree has at most %d programs", DTREE_MAX_NODES);
      return false;
    }
  int index = p->tree->node_cnt++;
  p->tree->nodes[index] = (struct dtree_node) {
    .kind = kind, .parent = p->open[p->depth], .depth = p->depth + 1,
    .line = p->line, .name = span (p, name, name_len),
  };
  p->stage[index] = S_CALLER;
  p->open[++p->depth] = index;
  return true;
}

static bool field_reserved (struct parser *p) { return open_subprogram (p, DTREE_RESERVED, S_RESERVED); }
static bool field_child (struct parser *p) { return open_subprogram (p, DTREE_CHILD, S_CHILD); }
static bool field_exception (struct parser *p) { return open_subprogram (p, DTREE_EXCEPTION, S_EXCEPTION); }

static bool
close_subprogram (struct parser *p)
{
  if (p->depth == 0)
    return refuse (p, "`}` without a subprogram to close");
  if (!check_required_before (p, S_SIGNATURE))
    return false;
  p->depth--;
  return true;
}

static bool
field_signature (struct parser *p)
{
  const char *hex;
  size_t length;
  if (!advance (p, S_SIGNATURE, false))
    return false;
  /* Lowercase only: one way to write each tree. */
  if (!next_word (p, &hex, &length, true) || length != 2 * HMAC_SHA256_SIZE
      || strspn (hex, "0123456789abcdef") < length
      || !hex_decode (hex, length, p->tree->signature))
    return refuse (p, "`signature` takes 64 lowercase hex digits (HMAC-SHA-256)");
  p->tree->signature_line = p->line;
  p->signed_ = true;
  return true;
}

struct field
  {
    const char *keyword;
    bool (*parse) (struct parser *);
  };

static bool field_input (struct parser *p) { return field_datum (p, false); }
static bool field_output (struct parser *p) { return field_datum (p, true); }

static const struct field fields[] =
  {
    { "caller", field_caller }, { "callee", field_callee }, { "created", field_created },
    { "program", field_program }, { "input", field_input }, { "output", field_output },
    { "need", field_need }, { "max-time", field_max_time }, { "reserved", field_reserved },
    { "child", field_child }, { "exception", field_exception }, { "signature", field_signature },
  };

/* One line of LENGTH bytes at LINE, not counting its newline. */
static bool
parse_line (struct parser *p, const char *line, size_t length)
{
  if (length > DTREE_MAX_LINE)
    {
      dtree_refuse (p->error, p->line, "the line is longer than %d bytes", DTREE_MAX_LINE);
      return false;
    }
  for (size_t i = 0; i < length; i++)
    if (line[i] < 0x20 || line[i] > 0x7e)
      return refuse (p, "only printable ASCII is allowed (no tabs, no carriage returns)");
  if (p->line == 1)
    return length == strlen (HEADER) && !memcmp (line, HEADER, length)
           ? true : refuse (p, "the first line must be `" HEADER "`");
  if (length == 0 || line[0] == '#')
    return true;
  if (p->signed_)
    return refuse (p, "nothing may follow the signature");
  if (line[length - 1] == ' ')
    return refuse (p, "the line ends in a space");

  size_t indent = strspn (line, " ");
  bool closing = length == indent + 1 && line[indent] == '}';
  size_t want = 2 * (p->depth - (closing && p->depth > 0));
  if (indent != want)
    {
      dtree_refuse (p->error, p->line, "indented by %zu spaces where %zu are due", indent, want);
      return false;
    }
  if (closing)
    return close_subprogram (p);

  const char *keyword = line + indent;
  const char *space = memchr (keyword, ' ', length - indent);
  size_t keyword_len = space != NULL ? (size_t) (space - keyword) : length - indent;
  p->args = space != NULL ? space + 1 : keyword + keyword_len;
  p->args_len = line + length - p->args;
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    if (strlen (fields[i].keyword) == keyword_len
        && !memcmp (keyword, fields[i].keyword, keyword_len))
      return fields[i].parse (p);
  dtree_refuse (p->error, p->line, "unknown field `%.*s`", (int) keyword_len, keyword);
  return false;
}

/* Reads the SIZE bytes of TEXT into TREE, which keeps pointing into TEXT.
   On a refusal, says why in ERROR and returns false. */
bool
dtree_parse (const char *text, size_t size, struct dtree *tree, struct dtree_error *error)
{
  struct parser p = { .tree = tree, .error = error };
  memset (tree, 0, sizeof *tree);
  tree->text = text;
  tree->node_cnt = 1;
  tree->nodes[0].parent = -1;
  tree->nodes[0].line = 1;
  p.stage[0] = S_START;
  if (size > DTREE_MAX_TEXT)
    {
      dtree_refuse (error, 0, "the tree is %zu bytes, more than the %d allowed", size, DTREE_MAX_TEXT);
      return false;
    }
  if (size == 0 || text[size - 1] != '\n')
    {
      dtree_refuse (error, 0, "the tree must end with a newline");
      return false;
    }
  for (size_t start = 0; start < size; )
    {
      const char *newline = memchr (text + start, '\n', size - start);
      p.line++;
      if (!parse_line (&p, text + start, newline - (text + start)))
        return false;
      start = newline - text + 1;
    }
  if (p.depth > 0)
    {
      const struct dtree_node *open = current (&p);
      dtree_refuse (error, open->line, "subprogram `%.*s` is never closed with `}`",
                    open->name.length, text + open->name.offset);
      return false;
    }
  if (!p.signed_)
    {
      dtree_refuse (error, 0, "the tree has no `signature` line");
      return false;
    }
  return true;
}
