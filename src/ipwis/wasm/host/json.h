/* A small JSON reader for the scripts wast2json writes: enough of JSON
   (objects, arrays, strings with escapes, numbers, literals) to walk them. */
#ifndef IPWIS_WASM_HOST_JSON_H
#define IPWIS_WASM_HOST_JSON_H

#include <stddef.h>

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

struct json
  {
    enum json_type type;
    char *string;                   /* JSON_STRING: NUL-terminated */
    size_t length;                  /* its bytes (it may hold NULs) */
    double number;
    size_t count;                   /* arrays and objects */
    struct json **items;
    char **keys;                    /* objects */
  };

/* Parses TEXT; NULL on a syntax error. */
struct json *json_parse (const char *text);
void json_free (struct json *);
/* OBJECT's member KEY, or NULL. */
const struct json *json_member (const struct json *object, const char *key);
/* OBJECT's string member KEY, or NULL. */
const char *json_string (const struct json *object, const char *key);

#endif /* ipwis/wasm/host/json.h */
