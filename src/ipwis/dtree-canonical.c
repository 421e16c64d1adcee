/* The canonical form of a dependency tree: the bytes its signature
   covers. It is the tree written back field by field, exactly as the
   strict parser wants it, without blank lines, comments or the signature
   line. So a tree as the parser accepts it is its canonical form plus
   comments, blank lines and the signature, and a signer needs no parser:
   it drops those lines and signs what is left (src/utils/skiff-ipwis). */
#include "ipwis/dtree.h"
#include <string.h>

struct writer
  {
    const struct dtree *tree;
    dtree_emit_func *emit;
    void *aux;
  };

static void
put (struct writer *w, const char *string)
{
  w->emit (w->aux, string, strlen (string));
}

static void
put_span (struct writer *w, struct dtree_span span)
{
  w->emit (w->aux, w->tree->text + span.offset, span.length);
}

static void
put_indent (struct writer *w, int depth)
{
  for (int i = 0; i < depth; i++)
    put (w, "  ");
}

static void
put_number (struct writer *w, uint32_t n)
{
  char digits[11];
  int i = sizeof digits;
  do
    digits[--i] = '0' + n % 10;
  while ((n /= 10) != 0);
  w->emit (w->aux, digits + i, sizeof digits - i);
}

/* A line KEYWORD SPAN at DEPTH. */
static void
put_field (struct writer *w, int depth, const char *keyword, struct dtree_span value)
{
  put_indent (w, depth);
  put (w, keyword);
  put (w, " ");
  put_span (w, value);
  put (w, "\n");
}

static void
put_datum (struct writer *w, int depth, const struct dtree_datum *d)
{
  put_indent (w, depth);
  put (w, d->output ? "output " : "input ");
  put_span (w, d->key);
  put (w, " ");
  put (w, dtree_type_name (d->type));
  put (w, " ");
  put_span (w, d->value);
  put (w, "\n");
}

/* Node INDEX and, recursively, its subprograms. */
static void
put_node (struct writer *w, int index)
{
  const struct dtree_node *node = &w->tree->nodes[index];
  int depth = node->depth;
  if (node->kind != DTREE_ROOT)
    {
      put_indent (w, depth - 1);
      put (w, dtree_kind_name (node->kind));
      put (w, " ");
      put_span (w, node->name);
      put (w, " {\n");
    }
  else
    {
      put (w, "ipwis-tree 1\n");
      put_field (w, 0, "caller", w->tree->caller);
    }
  put_field (w, depth, "callee", node->callee);
  if (node->kind == DTREE_ROOT)
    put_field (w, 0, "created", w->tree->created_text);
  put_field (w, depth, "program", node->program);
  for (int i = 0; i < node->data_cnt; i++)
    put_datum (w, depth, &node->data[i]);
  for (int n = 0; n < DTREE_NEED_CNT; n++)
    if (node->needs_given & (1u << n))
      {
        put_indent (w, depth);
        put (w, "need ");
        put (w, dtree_need_name (n));
        put (w, " ");
        put_number (w, node->needs[n]);
        put (w, "\n");
      }
  put_indent (w, depth);
  put (w, "max-time ");
  put_number (w, node->max_ticks);
  put (w, "\n");
  for (int i = index + 1; i < w->tree->node_cnt; i++)
    if (w->tree->nodes[i].parent == index)
      put_node (w, i);
  if (node->kind != DTREE_ROOT)
    {
      put_indent (w, depth - 1);
      put (w, "}\n");
    }
}

void
dtree_canonical (const struct dtree *tree, dtree_emit_func *emit, void *aux)
{
  struct writer w = { tree, emit, aux };
  put_node (&w, 0);
}

struct buffer
  {
    char *bytes;
    size_t size, length;
  };

static void
append (void *buffer_, const char *bytes, size_t size)
{
  struct buffer *b = buffer_;
  for (size_t i = 0; i < size; i++, b->length++)
    if (b->length < b->size)
      b->bytes[b->length] = bytes[i];
}

size_t
dtree_canonical_text (const struct dtree *tree, char *bytes, size_t size)
{
  struct buffer b = { bytes, size, 0 };
  dtree_canonical (tree, append, &b);
  if (b.length < size)
    bytes[b.length] = '\0';
  return b.length;
}
