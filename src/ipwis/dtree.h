/* Dependency trees: how a caller asks IPWIS to run a program. A tree is
   text (the format is in doc/ipwis.md); dtree_parse() reads it strictly
   into a struct dtree, dtree_canonical() writes the exact bytes its
   signature covers, and dtree_verify() checks the signature against the
   caller's key, the references between programs and the limits.

   Freestanding, and free of kernel calls: the same files build into the
   kernel and into the host unit tests (src/tests/ipwis/host). */
#ifndef IPWIS_DTREE_H
#define IPWIS_DTREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <hmac-sha256.h>

/* Limits the parser enforces: larger or deeper trees are refused. */
#define DTREE_MAX_TEXT 16384    /* Bytes of text. */
#define DTREE_MAX_LINE 200      /* Bytes in one line, without its newline. */
#define DTREE_MAX_DEPTH 4       /* Levels of subprograms below the root. */
#define DTREE_MAX_NODES 32      /* Programs in one tree, the root included. */
#define DTREE_MAX_DATA 12       /* Inputs and outputs of one program. */

/* Limits the verifier enforces on the values. */
#define DTREE_MAX_TICKS 60000   /* max-time: ten minutes of timer ticks. */
#define DTREE_MAX_CPU 100       /* Percent of one CPU. */
#define DTREE_MAX_GPU 16        /* GPUs. */
#define DTREE_MAX_MEMORY (1024 * 1024)  /* kB. */
#define DTREE_MAX_NETWORK 10000000      /* kbit/s. */

/* Part of the tree's text: TEXT + OFFSET, LENGTH bytes, not NUL-ended. */
struct dtree_span
  {
    uint16_t offset, length;
  };

/* What a program is to its parent (interrupt modes in doc/ipwis.md). */
enum dtree_kind
  {
    DTREE_ROOT,                 /* The program the caller asked for. */
    DTREE_RESERVED,             /* Promised: must be requested, tree fixed. */
    DTREE_CHILD,                /* Allowed: values may be filled at run time. */
    DTREE_EXCEPTION             /* Runs instead of the parent when it overruns. */
  };

enum dtree_type
  {
    DTREE_I32, DTREE_I64, DTREE_F64, DTREE_BOOL, DTREE_STRING, DTREE_PATH,
    DTREE_TYPE_CNT
  };

enum dtree_value
  {
    DTREE_LITERAL,              /* A value of the datum's type. */
    DTREE_AT_RUN_TIME,          /* `?': the parent fills it in (child only). */
    DTREE_REFERENCE             /* `$key' or `$program.key'. */
  };

/* Resources a program needs at least, in the order the format lists them. */
enum dtree_need
  {
    DTREE_CPU, DTREE_GPU, DTREE_MEMORY, DTREE_NETWORK, DTREE_NEED_CNT
  };

/* One input or output: key, type, value. */
struct dtree_datum
  {
    bool output;
    struct dtree_span key;
    enum dtree_type type;
    enum dtree_value value_kind;
    struct dtree_span value;    /* As written, a reference with its `$'. */
    int line;
  };

/* One program of the tree. */
struct dtree_node
  {
    enum dtree_kind kind;
    int parent;                 /* Index in dtree.nodes, -1 for the root. */
    int depth;                  /* 0 for the root. */
    int line;                   /* Where it begins. */
    struct dtree_span name;     /* A subprogram's name; empty for the root. */
    struct dtree_span callee;
    struct dtree_span program;  /* Where its WASM module is. */
    struct dtree_datum data[DTREE_MAX_DATA];
    int data_cnt;
    uint32_t needs[DTREE_NEED_CNT];     /* 0 where not given. */
    unsigned needs_given;       /* Bit N: a `need' line for need N... */
    int need_lines[DTREE_NEED_CNT];     /* ...on this line. */
    uint32_t max_ticks;         /* Its maximum call time. */
    int max_ticks_line;
  };

struct dtree
  {
    const char *text;           /* The text parsed; the spans point into it. */
    struct dtree_span caller;
    struct dtree_span created_text;
    int64_t created;            /* Seconds since 1970-01-01 00:00:00 UTC. */
    uint8_t signature[HMAC_SHA256_SIZE];
    int signature_line;
    struct dtree_node nodes[DTREE_MAX_NODES];   /* Parents before children. */
    int node_cnt;
  };

/* Why a tree was refused: the line (1 for the first, 0 for the whole
   text) and what is wrong with it. */
struct dtree_error
  {
    int line;
    char message[160];
  };

/* A key that signs the trees of one caller. */
struct dtree_key
  {
    const char *caller;
    const uint8_t *key;
    size_t key_size;
  };

bool dtree_parse (const char *text, size_t size, struct dtree *,
                  struct dtree_error *);

/* Writes the canonical form of TREE: the bytes its signature covers.
   Calls EMIT (AUX, BYTES, SIZE) for each piece, in order. */
typedef void dtree_emit_func (void *aux, const char *bytes, size_t size);
void dtree_canonical (const struct dtree *, dtree_emit_func *, void *aux);
/* The same into BUFFER (SIZE bytes, NUL-ended if it fits); returns the
   canonical form's length, however much was written. */
size_t dtree_canonical_text (const struct dtree *, char *buffer, size_t size);

bool dtree_verify (const struct dtree *, const struct dtree_key *keys,
                   size_t key_cnt, struct dtree_error *);

/* Helpers for the files that read trees. */
bool dtree_span_is (const struct dtree *, struct dtree_span, const char *);
bool dtree_spans_equal (const struct dtree *, struct dtree_span, struct dtree_span);
const char *dtree_type_name (enum dtree_type);
const char *dtree_kind_name (enum dtree_kind);
const char *dtree_need_name (enum dtree_need);
void dtree_refuse (struct dtree_error *, int line, const char *format, ...)
  __attribute__ ((format (printf, 3, 4)));

#endif /* ipwis/dtree.h */
