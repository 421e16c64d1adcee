/* The JSON reader of json.h: recursive descent over the text. */
#include "json.h"
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct parser
  {
    const char *p;
    int depth;
  };

static struct json *parse_value (struct parser *);

static void
skip_space (struct parser *s)
{
  while (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t')
    s->p++;
}

static struct json *
new_node (enum json_type type)
{
  struct json *node = calloc (1, sizeof *node);
  if (node != NULL)
    node->type = type;
  return node;
}

static void
append (struct json *node, struct json *item, char *key)
{
  node->items = realloc (node->items, (node->count + 1) * sizeof *node->items);
  node->keys = realloc (node->keys, (node->count + 1) * sizeof *node->keys);
  node->items[node->count] = item;
  node->keys[node->count++] = key;
}

/* Appends code point CP to BUFFER as UTF-8. */
static size_t
put_utf8 (char *buffer, unsigned long cp)
{
  if (cp < 0x80)
    return buffer[0] = (char) cp, 1;
  if (cp < 0x800)
    {
      buffer[0] = (char) (0xc0 | cp >> 6);
      buffer[1] = (char) (0x80 | (cp & 0x3f));
      return 2;
    }
  if (cp < 0x10000)
    {
      buffer[0] = (char) (0xe0 | cp >> 12);
      buffer[1] = (char) (0x80 | ((cp >> 6) & 0x3f));
      buffer[2] = (char) (0x80 | (cp & 0x3f));
      return 3;
    }
  buffer[0] = (char) (0xf0 | cp >> 18);
  buffer[1] = (char) (0x80 | ((cp >> 12) & 0x3f));
  buffer[2] = (char) (0x80 | ((cp >> 6) & 0x3f));
  buffer[3] = (char) (0x80 | (cp & 0x3f));
  return 4;
}

static unsigned long
hex4 (const char *p)
{
  char digits[5] = { p[0], p[1], p[2], p[3], 0 };
  return strtoul (digits, NULL, 16);
}

static char *
parse_string (struct parser *s, size_t *length)
{
  if (*s->p != '"')
    return NULL;
  const char *start = ++s->p;
  while (*s->p && *s->p != '"')
    s->p += *s->p == '\\' && s->p[1] ? 2 : 1;
  if (*s->p != '"')
    return NULL;
  char *out = malloc ((size_t) (s->p - start) + 1), *o = out;
  for (const char *p = start; p < s->p; p++)
    {
      if (*p != '\\')
        {
          *o++ = *p;
          continue;
        }
      p++;
      switch (*p)
        {
        case 'n': *o++ = '\n'; break;
        case 't': *o++ = '\t'; break;
        case 'r': *o++ = '\r'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'u':
          {
            unsigned long cp = hex4 (p + 1);
            p += 4;
            if (cp >= 0xd800 && cp < 0xdc00 && p[1] == '\\' && p[2] == 'u')
              {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (hex4 (p + 3) - 0xdc00);
                p += 6;
              }
            o += put_utf8 (o, cp);
            break;
          }
        default: *o++ = *p;
        }
    }
  *o = '\0';
  *length = (size_t) (o - out);
  s->p++;
  return out;
}

static struct json *
parse_container (struct parser *s, bool object)
{
  struct json *node = new_node (object ? JSON_OBJECT : JSON_ARRAY);
  char close = object ? '}' : ']';
  s->p++;
  skip_space (s);
  if (*s->p == close)
    {
      s->p++;
      return node;
    }
  for (;;)
    {
      char *key = NULL;
      size_t length;
      skip_space (s);
      if (object)
        {
          key = parse_string (s, &length);
          skip_space (s);
          if (key == NULL || *s->p != ':')
            {
              free (key);
              json_free (node);
              return NULL;
            }
          s->p++;
        }
      struct json *item = parse_value (s);
      if (item == NULL)
        {
          free (key);
          json_free (node);
          return NULL;
        }
      append (node, item, key);
      skip_space (s);
      if (*s->p == ',')
        s->p++;
      else if (*s->p == close)
        {
          s->p++;
          return node;
        }
      else
        {
          json_free (node);
          return NULL;
        }
    }
}

static struct json *
parse_value (struct parser *s)
{
  skip_space (s);
  if (++s->depth > 64)
    return NULL;
  struct json *node = NULL;
  if (*s->p == '{' || *s->p == '[')
    node = parse_container (s, *s->p == '{');
  else if (*s->p == '"')
    {
      size_t length;
      char *string = parse_string (s, &length);
      if (string != NULL)
        {
          node = new_node (JSON_STRING);
          node->string = string;
          node->length = length;
        }
    }
  else if (strncmp (s->p, "true", 4) == 0 || strncmp (s->p, "false", 5) == 0)
    {
      node = new_node (JSON_BOOL);
      node->number = *s->p == 't';
      s->p += *s->p == 't' ? 4 : 5;
    }
  else if (strncmp (s->p, "null", 4) == 0)
    {
      node = new_node (JSON_NULL);
      s->p += 4;
    }
  else
    {
      char *end;
      double number = strtod (s->p, &end);
      if (end != s->p)
        {
          node = new_node (JSON_NUMBER);
          node->number = number;
          s->p = end;
        }
    }
  s->depth--;
  return node;
}

struct json *
json_parse (const char *text)
{
  struct parser s = { text, 0 };
  struct json *root = parse_value (&s);
  skip_space (&s);
  if (root != NULL && *s.p != '\0')
    {
      json_free (root);
      return NULL;
    }
  return root;
}

void
json_free (struct json *node)
{
  if (node == NULL)
    return;
  for (size_t i = 0; i < node->count; i++)
    {
      json_free (node->items[i]);
      if (node->keys)
        free (node->keys[i]);
    }
  free (node->items);
  free (node->keys);
  free (node->string);
  free (node);
}

const struct json *
json_member (const struct json *object, const char *key)
{
  if (object == NULL || object->type != JSON_OBJECT)
    return NULL;
  for (size_t i = 0; i < object->count; i++)
    if (strcmp (object->keys[i], key) == 0)
      return object->items[i];
  return NULL;
}

const char *
json_string (const struct json *object, const char *key)
{
  const struct json *member = json_member (object, key);
  return member && member->type == JSON_STRING ? member->string : NULL;
}
