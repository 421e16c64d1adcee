/* Runs a conformance script as wast2json writes it: a JSON list of
   commands (define a module, register it under a name, invoke an export,
   assert a result, a trap, or that a module is refused) with the
   modules in .wasm files beside it.  Prints one line per assertion,
   "pass" or "FAIL" with the reason, then "N passed, N failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "host.h"
#include "json.h"


/* A module of the script, live until the end of the run. */
struct script_module
  {
    char *name;                     /* "$M", or NULL */
    char *registered;               /* the name `register` gave it */
    struct wasm_module *module;
    struct wasm_instance *instance;
    struct wasm_extern *imports;
  };

/* The "spectest" module every script may import from. */
struct spectest
  {
    struct wasm_func *print[7];
    struct wasm_global *globals[4];
    struct wasm_table *table;
    struct wasm_memory *memory;
  };

struct script
  {
    char directory[4096];
    const char *file;
    struct script_module **modules;   /* every one, kept to the end */
    int module_count;
    struct script_module *current;
    struct spectest spectest;
    struct wasm_exec *exec;
    int passed, failed;
  };

static const char *const print_names[7] =
  { "print", "print_i32", "print_i64", "print_f32", "print_f64",
    "print_i32_f32", "print_f64_f64" };
static const char *const print_signatures[7] =
  { "", "i", "I", "f", "F", "if", "FF" };

static enum wasm_trap
spectest_print (void *ctx, struct wasm_memory *memory, union wasm_slot *slots)
{
  (void) ctx, (void) memory, (void) slots;
  return WASM_TRAP_NONE;
}

static void
spectest_init (struct spectest *t)
{
  const struct wasm_allocator *a = &host_allocator;
  for (int i = 0; i < 7; i++)
    t->print[i] = wasm_host_func_new (a, print_signatures[i], spectest_print, NULL);
  t->globals[0] = wasm_global_new (a, WASM_I32, false, 666);
  t->globals[1] = wasm_global_new (a, WASM_I64, false, 666);
  t->globals[2] = wasm_global_new (a, WASM_F32, false, 0x4426a666);
  t->globals[3] = wasm_global_new (a, WASM_F64, false, 0x4084d4cccccccccdull);
  t->table = wasm_table_new (a, 10, 20);
  t->memory = wasm_memory_new (a, 1, 2);
}

static void
spectest_free (struct spectest *t)
{
  for (int i = 0; i < 7; i++)
    wasm_host_func_free (t->print[i]);
  for (int i = 0; i < 4; i++)
    wasm_global_free (t->globals[i]);
  wasm_table_free (t->table);
  wasm_memory_free (t->memory);
}

static bool
spectest_lookup (struct spectest *t, const char *name, size_t size,
                 struct wasm_extern *out)
{
  static const char *const global_names[4] =
    { "global_i32", "global_i64", "global_f32", "global_f64" };
  for (int i = 0; i < 7; i++)
    if (strlen (print_names[i]) == size && memcmp (print_names[i], name, size) == 0)
      {
        out->kind = WASM_EXTERN_FUNC;
        out->u.func = t->print[i];
        return true;
      }
  for (int i = 0; i < 4; i++)
    if (strlen (global_names[i]) == size && memcmp (global_names[i], name, size) == 0)
      {
        out->kind = WASM_EXTERN_GLOBAL;
        out->u.global = t->globals[i];
        return true;
      }
  if (size == 5 && memcmp (name, "table", 5) == 0)
    {
      out->kind = WASM_EXTERN_TABLE;
      out->u.table = t->table;
      return true;
    }
  if (size == 6 && memcmp (name, "memory", 6) == 0)
    {
      out->kind = WASM_EXTERN_MEMORY;
      out->u.memory = t->memory;
      return true;
    }
  return false;
}

/* Resolves every import of M from spectest and registered modules. */
static bool
resolve_imports (struct script *s, const struct wasm_module *m,
                 struct wasm_extern *imports, char *why, size_t why_size)
{
  for (size_t i = 0; i < wasm_module_import_count (m); i++)
    {
      const char *module, *name;
      size_t module_size, name_size;
      enum wasm_extern_kind kind;
      wasm_module_import (m, i, &module, &module_size, &name, &name_size, &kind);
      bool found = false;
      if (module_size == 8 && memcmp (module, "spectest", 8) == 0)
        found = spectest_lookup (&s->spectest, name, name_size, &imports[i]);
          for (int k = 0; k < s->module_count && !found; k++)
        {
          struct script_module *sm = s->modules[k];
          if (sm->registered && strlen (sm->registered) == module_size
              && memcmp (sm->registered, module, module_size) == 0)
            found = wasm_instance_export (sm->instance, name, name_size,
                                          &imports[i]);
        }
      if (!found || imports[i].kind != kind)
        {
          snprintf (why, why_size, "unknown import %.*s.%.*s",
                    (int) module_size, module, (int) name_size, name);
          return false;
        }
    }
  return true;
}

enum outcome { LOADED, MALFORMED, UNLINKABLE, START_TRAPPED };

/* Loads, links, instantiates and starts module FILE into *SM. */
static enum outcome
load_module (struct script *s, const char *file, struct script_module *sm,
             char *why, size_t why_size)
{
  char path[8192];
  snprintf (path, sizeof path, "%s/%s", s->directory, file);
  size_t size;
  uint8_t *bytes = read_file (path, &size);
  if (bytes == NULL)
    {
      snprintf (why, why_size, "cannot read the module");
      return MALFORMED;
    }
  struct wasm_error error;
  sm->module = wasm_module_load (&host_allocator, bytes, size, &error);
  free (bytes);
  if (sm->module == NULL)
    {
      snprintf (why, why_size, "%s", error.message);
      return MALFORMED;
    }
  size_t count = wasm_module_import_count (sm->module);
  sm->imports = calloc (count + 1, sizeof *sm->imports);
  if (!resolve_imports (s, sm->module, sm->imports, why, why_size))
    return UNLINKABLE;
  sm->instance = wasm_instance_new (sm->module, sm->imports, count,
                                    HOST_MAX_PAGES, &error);
  if (sm->instance == NULL)
    {
      snprintf (why, why_size, "%s", error.message);
      return UNLINKABLE;
    }
  struct wasm_func *start = wasm_instance_start (sm->instance);
  if (start != NULL && wasm_call (s->exec, start, NULL) != WASM_DONE)
    {
      snprintf (why, why_size, "%s", wasm_trap_message (wasm_exec_trap (s->exec)));
      return START_TRAPPED;
    }
  return LOADED;
}

static void
discard_module (struct script_module *sm)
{
  wasm_instance_free (sm->instance);
  wasm_module_free (sm->module);
  free (sm->imports);
  free (sm->name);
  free (sm->registered);
  memset (sm, 0, sizeof *sm);
}

/* A new module for the script.  Every module is kept to the end, even a
   refused one: an instance whose start function trapped may still have
   put its functions into another module's table. */
static struct script_module *
keep_module (struct script *s)
{
  s->modules = realloc (s->modules, (s->module_count + 1) * sizeof *s->modules);
  return s->modules[s->module_count++] = calloc (1, sizeof (struct script_module));
}

static void
report (struct script *s, int line, const char *what, bool ok, const char *why)
{
  if (ok)
    {
      s->passed++;
      printf ("pass %s:%d %s\n", s->file, line, what);
    }
  else
    {
      s->failed++;
      printf ("FAIL %s:%d %s: %s\n", s->file, line, what, why);
    }
}

static struct script_module *
find_module (struct script *s, const char *name)
{
  if (name == NULL)
    return s->current;
  for (int k = s->module_count - 1; k >= 0; k--)
    if (s->modules[k]->name && strcmp (s->modules[k]->name, name) == 0)
      return s->modules[k];
  return NULL;
}

static uint64_t
value_bits (const struct json *value)
{
  const char *text = json_string (value, "value");
  return text ? strtoull (text, NULL, 10) : 0;
}

/* Performs ACTION (invoke or get); false with WHY if it could not. */
static enum wasm_status
perform (struct script *s, const struct json *action, union wasm_slot *result,
         enum wasm_type *result_type, size_t *result_count, char *why,
         size_t why_size)
{
  struct script_module *sm = find_module (s, json_string (action, "module"));
  const struct json *field = json_member (action, "field");
  struct wasm_extern ext;
  *result_count = 0;
  if (sm == NULL || sm->instance == NULL || field == NULL
      || !wasm_instance_export (sm->instance, field->string, field->length, &ext))
    {
      snprintf (why, why_size, "no such export");
      return WASM_TRAPPED;
    }
  const char *type = json_string (action, "type");
  if (type && strcmp (type, "get") == 0)
    {
      if (ext.kind != WASM_EXTERN_GLOBAL)
        return WASM_TRAPPED;
      result->i64 = wasm_global_value (ext.u.global);
      *result_count = 1;
      return WASM_DONE;
    }
  if (ext.kind != WASM_EXTERN_FUNC)
    {
      snprintf (why, why_size, "export is not a function");
      return WASM_TRAPPED;
    }
  const struct json *args = json_member (action, "args");
  union wasm_slot slots[64] = { { 0 } };
  for (size_t i = 0; args && i < args->count && i < 64; i++)
    slots[i].i64 = value_bits (args->items[i]);
  enum wasm_status status = wasm_call (s->exec, ext.u.func, slots);
  if (status == WASM_DONE && wasm_func_result_count (ext.u.func))
    {
      *result = wasm_exec_results (s->exec)[0];
      *result_type = wasm_func_result_type (ext.u.func, 0);
      *result_count = 1;
      if (*result_type == WASM_I32 || *result_type == WASM_F32)
        result->i64 = (uint32_t) result->i64;
    }
  if (status != WASM_DONE)
    snprintf (why, why_size, "%s", wasm_trap_message (wasm_exec_trap (s->exec)));
  return status;
}

/* Does RESULT match EXPECTED (with its NaN patterns)? */
static bool
value_matches (const struct json *expected, uint64_t result)
{
  const char *type = json_string (expected, "type");
  const char *text = json_string (expected, "value");
  bool is32 = type && strcmp (type, "f32") == 0;
  if (text && strncmp (text, "nan:", 4) == 0)
    {
      uint64_t exponent = is32 ? 0x7f800000u : 0x7ff0000000000000ull;
      uint64_t quiet = is32 ? 0x00400000u : 0x0008000000000000ull;
      uint64_t magnitude = result & (is32 ? 0x7fffffffu : 0x7fffffffffffffffull);
      if (strcmp (text, "nan:canonical") == 0)
        return magnitude == (exponent | quiet);
      return (magnitude & (exponent | quiet)) == (exponent | quiet);
    }
  uint64_t bits = value_bits (expected);
  if (type && (strcmp (type, "i32") == 0 || is32))
    return (uint32_t) bits == (uint32_t) result;
  return bits == result;
}

static void
assert_return (struct script *s, const struct json *command, int line)
{
  char why[256] = "";
  union wasm_slot result = { 0 };
  enum wasm_type type;
  size_t count;
  enum wasm_status status = perform (s, json_member (command, "action"),
                                     &result, &type, &count, why, sizeof why);
  const struct json *expected = json_member (command, "expected");
  size_t want = expected ? expected->count : 0;
  bool ok = status == WASM_DONE && count == want
            && (want == 0 || value_matches (expected->items[0], result.i64));
  if (status == WASM_DONE && !ok)
    snprintf (why, sizeof why, "got %llu (0x%llx), %zu results",
              (unsigned long long) result.i64, (unsigned long long) result.i64,
              count);
  report (s, line, "assert_return", ok, why);
}

static void
assert_trap (struct script *s, const struct json *command, int line,
             const char *what)
{
  char why[256] = "";
  union wasm_slot result;
  enum wasm_type type;
  size_t count;
  enum wasm_status status = perform (s, json_member (command, "action"),
                                     &result, &type, &count, why, sizeof why);
  const char *text = json_string (command, "text");
  /* The scripts sometimes shorten the message ("uninitialized"). */
  size_t shorter = text && strlen (text) < strlen (why) ? strlen (text)
                                                        : strlen (why);
  bool ok = status == WASM_TRAPPED && text && shorter > 0
            && strncmp (why, text, shorter) == 0;
  if (status == WASM_DONE)
    snprintf (why, sizeof why, "returned instead of trapping");
  else if (!ok)
    snprintf (why + strlen (why), sizeof why - strlen (why), " (expected %s)",
              text ? text : "?");
  report (s, line, what, ok, why);
}

/* assert_invalid, _malformed, _unlinkable, _uninstantiable: the module
   must fail at the stage WANT names. */
static void
assert_refused (struct script *s, const struct json *command, int line,
                const char *what, enum outcome want)
{
  const char *module_type = json_string (command, "module_type");
  if (module_type && strcmp (module_type, "text") == 0)
    return;                         /* the text format: not ours */
  char why[256] = "";
  struct script_module *sm = keep_module (s);
  enum outcome got = load_module (s, json_string (command, "filename"), sm,
                                  why, sizeof why);
  bool ok = got == want;
  char detail[300];
  snprintf (detail, sizeof detail, got == LOADED ? "was accepted"
            : "failed at the wrong stage: %s", why);
  report (s, line, what, ok, detail);
}

static void
define_module (struct script *s, const struct json *command, int line)
{
  char why[256];
  struct script_module *sm = keep_module (s);
  enum outcome got = load_module (s, json_string (command, "filename"), sm,
                                  why, sizeof why);
  s->current = got == LOADED ? sm : NULL;
  if (got != LOADED)
    {
      report (s, line, "module", false, why);
      return;
    }
  const char *name = json_string (command, "name");
  sm->name = name ? strdup (name) : NULL;
}

static void
run_command (struct script *s, const struct json *command)
{
  const char *type = json_string (command, "type");
  const struct json *line_node = json_member (command, "line");
  int line = line_node ? (int) line_node->number : 0;
  if (type == NULL)
    return;
  if (strcmp (type, "module") == 0)
    define_module (s, command, line);
  else if (strcmp (type, "register") == 0)
    {
      struct script_module *sm = find_module (s, json_string (command, "name"));
      const char *as = json_string (command, "as");
      if (sm != NULL && as != NULL)
        {
          free (sm->registered);
          sm->registered = strdup (as);
        }
    }
  else if (strcmp (type, "assert_return") == 0)
    assert_return (s, command, line);
  else if (strcmp (type, "action") == 0)
    {
      char why[256];
      union wasm_slot result;
      enum wasm_type t;
      size_t count;
      perform (s, json_member (command, "action"), &result, &t, &count, why,
               sizeof why);
    }
  else if (strcmp (type, "assert_trap") == 0)
    assert_trap (s, command, line, "assert_trap");
  else if (strcmp (type, "assert_exhaustion") == 0)
    assert_trap (s, command, line, "assert_exhaustion");
  else if (strcmp (type, "assert_invalid") == 0)
    assert_refused (s, command, line, "assert_invalid", MALFORMED);
  else if (strcmp (type, "assert_malformed") == 0)
    assert_refused (s, command, line, "assert_malformed", MALFORMED);
  else if (strcmp (type, "assert_unlinkable") == 0)
    assert_refused (s, command, line, "assert_unlinkable", UNLINKABLE);
  else if (strcmp (type, "assert_uninstantiable") == 0)
    assert_refused (s, command, line, "assert_uninstantiable", START_TRAPPED);
}

int
spec_run (const char *path)
{
  size_t size;
  char *text = (char *) read_file (path, &size);
  if (text == NULL)
    return 1;
  text = realloc (text, size + 1);
  text[size] = '\0';
  struct json *root = json_parse (text);
  free (text);
  const struct json *commands = json_member (root, "commands");
  if (commands == NULL)
    {
      fprintf (stderr, "%s: not a wast2json script\n", path);
      json_free (root);
      return 1;
    }
  struct script *s = calloc (1, sizeof *s);
  snprintf (s->directory, sizeof s->directory, "%s", path);
  char *slash = strrchr (s->directory, '/');
  if (slash)
    *slash = '\0';
  else
    snprintf (s->directory, sizeof s->directory, ".");
  s->file = strrchr (path, '/') ? strrchr (path, '/') + 1 : path;
  spectest_init (&s->spectest);
  s->exec = wasm_exec_new (&host_allocator, HOST_STACK_SLOTS, HOST_CALL_DEPTH);
  for (size_t i = 0; i < commands->count; i++)
    run_command (s, commands->items[i]);
  printf ("%d passed, %d failed\n", s->passed, s->failed);
  int failed = s->failed;
  for (int k = s->module_count - 1; k >= 0; k--)
    {
      discard_module (s->modules[k]);
      free (s->modules[k]);
    }
  free (s->modules);
  wasm_exec_free (s->exec);
  spectest_free (&s->spectest);
  free (s);
  json_free (root);
  return failed;
}
