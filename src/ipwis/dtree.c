/* What the dependency-tree files share: reading spans of the text, the
   names of types, kinds and needs, and reporting a refusal. */
#include "ipwis/dtree.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

bool
dtree_span_is (const struct dtree *tree, struct dtree_span span, const char *string)
{
  return strlen (string) == span.length
         && !memcmp (tree->text + span.offset, string, span.length);
}

bool
dtree_spans_equal (const struct dtree *tree, struct dtree_span a, struct dtree_span b)
{
  return a.length == b.length
         && !memcmp (tree->text + a.offset, tree->text + b.offset, a.length);
}

static const char *const type_names[DTREE_TYPE_CNT] =
  { "i32", "i64", "f64", "bool", "string", "path" };

const char *
dtree_type_name (enum dtree_type type)
{
  return type_names[type];
}

const char *
dtree_kind_name (enum dtree_kind kind)
{
  static const char *const names[] = { "root", "reserved", "child", "exception" };
  return names[kind];
}

const char *
dtree_need_name (enum dtree_need need)
{
  static const char *const names[DTREE_NEED_CNT] = { "cpu", "gpu", "memory", "network" };
  return names[need];
}

void
dtree_refuse (struct dtree_error *error, int line, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  error->line = line;
  vsnprintf (error->message, sizeof error->message, format, args);
  va_end (args);
}
