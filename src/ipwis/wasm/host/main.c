/* skiff-wasm: the WASM engine as a host command.

     skiff-wasm [--fuel N] --invoke NAME [ARG...] FILE.wasm
         call export NAME with the arguments, print its result
     skiff-wasm [--fuel N] FILE.wasm [ARG...]
         run a WASI command module (its _start), exit with its status
     skiff-wasm --spec FILE.json
         run a conformance script written by wast2json
     skiff-wasm --sizes FILE.wasm
         compare the size of the module's code and of its translation

   Exit status: 0 on success, 1 on a trap or a failed assertion, 2 on a
   usage error or a module that does not load. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "host.h"

extern char **environ;

static int
usage (void)
{
  fprintf (stderr, "usage: skiff-wasm [--fuel N] --invoke NAME [ARG...] FILE.wasm\n"
                   "       skiff-wasm [--fuel N] FILE.wasm [ARG...]\n"
                   "       skiff-wasm --spec FILE.json\n"
                   "       skiff-wasm --sizes FILE.wasm\n");
  return 2;
}

static struct wasm_module *
load (const char *path)
{
  size_t size;
  uint8_t *bytes = read_file (path, &size);
  if (bytes == NULL)
    return NULL;
  struct wasm_error error;
  struct wasm_module *m = wasm_module_load (&host_allocator, bytes, size, &error);
  free (bytes);
  if (m == NULL)
    fprintf (stderr, "%s: %s\n", path, error.message);
  return m;
}

/* ARG as a value of TYPE: integers in decimal (or 0x hex), floats as C
   reads them. */
static uint64_t
parse_arg (enum wasm_type type, const char *arg)
{
  union { float f; uint32_t u; } f32;
  union { double d; uint64_t u; } f64;
  switch (type)
    {
    case WASM_F32: f32.f = strtof (arg, NULL); return f32.u;
    case WASM_F64: f64.d = strtod (arg, NULL); return f64.u;
    case WASM_I32: return (uint32_t) strtoll (arg, NULL, 0);
    default: return (uint64_t) strtoull (arg, NULL, 0);
    }
}

static void
print_value (enum wasm_type type, union wasm_slot v)
{
  union { float f; uint32_t u; } f32 = { .u = v.i32 };
  union { double d; uint64_t u; } f64 = { .u = v.i64 };
  switch (type)
    {
    case WASM_I32: printf ("%" PRId32 "\n", (int32_t) v.i32); break;
    case WASM_I64: printf ("%" PRId64 "\n", (int64_t) v.i64); break;
    case WASM_F32: printf ("%.9g\n", (double) f32.f); break;
    case WASM_F64: printf ("%.17g\n", f64.d); break;
    }
}

/* Runs FUNC until it ends, printing a trap; returns the status. */
static enum wasm_status
run (struct wasm_exec *exec, struct wasm_func *func, union wasm_slot *args)
{
  enum wasm_status status = wasm_call (exec, func, args);
  if (status == WASM_TRAPPED)
    fprintf (stderr, "trap: %s\n", wasm_trap_message (wasm_exec_trap (exec)));
  else if (status == WASM_OUT_OF_FUEL)
    fprintf (stderr, "out of fuel\n");
  return status;
}

/* A module instantiated with WASI, and an exec to run it on. */
struct program
  {
    struct wasm_module *module;
    struct wasi wasi;
    struct wasm_extern *imports;
    struct wasm_instance *instance;
    struct wasm_exec *exec;
  };

/* Loads PATH and links it to WASI with ARGV as its arguments; false,
   having said why, if that fails (close P anyway). */
static bool
program_open (struct program *p, const char *path, int argc,
              const char *const *argv, int envc, const char *const *envp,
              int64_t fuel)
{
  struct wasm_error error;
  memset (p, 0, sizeof *p);
  p->module = load (path);
  if (p->module == NULL)
    return false;
  size_t count = wasm_module_import_count (p->module);
  p->imports = calloc (count + 1, sizeof *p->imports);
  p->exec = wasm_exec_new (&host_allocator, HOST_STACK_SLOTS, HOST_CALL_DEPTH);
  if (!wasi_init (&p->wasi, &host_allocator, &posix_wasi_io, argc, argv,
                  envc, envp) || p->exec == NULL)
    {
      fprintf (stderr, "%s: out of memory\n", path);
      return false;
    }
  if (!wasi_link (&p->wasi, p->module, p->imports, &error)
      || (p->instance = wasm_instance_new (p->module, p->imports, count,
                                           HOST_MAX_PAGES, &error)) == NULL)
    {
      fprintf (stderr, "%s: %s\n", path, error.message);
      return false;
    }
  wasm_exec_set_fuel (p->exec, fuel);
  return true;
}

static void
program_close (struct program *p)
{
  wasm_exec_free (p->exec);
  wasm_instance_free (p->instance);
  wasi_free (&p->wasi);
  free (p->imports);
  wasm_module_free (p->module);
}

/* P's exported function NAME, or NULL (having said so). */
static struct wasm_func *
program_export (struct program *p, const char *path, const char *name)
{
  struct wasm_extern ext;
  if (wasm_instance_export (p->instance, name, strlen (name), &ext)
      && ext.kind == WASM_EXTERN_FUNC)
    return ext.u.func;
  fprintf (stderr, "%s: no exported function '%s'\n", path, name);
  return NULL;
}

static int
invoke (const char *name, int argc, char **argv, const char *path, int64_t fuel)
{
  struct program p;
  const char *argv0[] = { path };
  struct wasm_func *func = NULL;
  int status = 2;
  if (program_open (&p, path, 1, argv0, 0, NULL, fuel)
      && (func = program_export (&p, path, name)) != NULL)
    {
      size_t params = wasm_func_param_count (func);
      union wasm_slot *args = calloc (params + 1, sizeof *args);
      for (size_t i = 0; i < params && i < (size_t) argc; i++)
        args[i].i64 = parse_arg (wasm_func_param_type (func, i), argv[i]);
      struct wasm_func *start = wasm_instance_start (p.instance);
      if ((size_t) argc != params)
        fprintf (stderr, "%s takes %zu arguments, %d given\n", name, params, argc);
      else if ((start == NULL || run (p.exec, start, NULL) == WASM_DONE)
               && run (p.exec, func, args) == WASM_DONE)
        {
          status = 0;
          if (wasm_func_result_count (func))
            print_value (wasm_func_result_type (func, 0),
                         wasm_exec_results (p.exec)[0]);
        }
      else
        status = 1;
      free (args);
    }
  program_close (&p);
  return status;
}

static int
run_command (int argc, char **argv, int64_t fuel)
{
  int envc = 0;
  while (environ[envc])
    envc++;
  struct program p;
  struct wasm_func *start = NULL;
  int status = 2;
  if (program_open (&p, argv[0], argc, (const char *const *) argv, envc,
                    (const char *const *) environ, fuel)
      && (start = program_export (&p, argv[0], "_start")) != NULL)
    switch (run (p.exec, start, NULL))
      {
      case WASM_DONE: status = 0; break;
      case WASM_EXITED: status = p.wasi.exit_code & 0xff; break;
      default: status = 1; break;
      }
  program_close (&p);
  return status;
}

static int
sizes (const char *path)
{
  struct wasm_module *m = load (path);
  if (m == NULL)
    return 2;
  size_t ir, wasm;
  wasm_module_code_sizes (m, &ir, &wasm);
  printf ("%s: %zu bytes of code, %zu bytes translated (%.2fx)\n", path, wasm,
          ir, wasm ? (double) ir / (double) wasm : 0.0);
  wasm_module_free (m);
  return 0;
}

int
main (int argc, char **argv)
{
  int64_t fuel = WASM_FUEL_UNLIMITED;
  int i = 1;
  if (i + 1 < argc && strcmp (argv[i], "--fuel") == 0)
    {
      fuel = strtoll (argv[i + 1], NULL, 0);
      i += 2;
    }
  if (i + 1 < argc && strcmp (argv[i], "--sizes") == 0)
    return sizes (argv[i + 1]);
  if (i + 1 < argc && strcmp (argv[i], "--spec") == 0)
    return spec_run (argv[i + 1]) == 0 ? 0 : 1;
  if (i + 2 < argc && strcmp (argv[i], "--invoke") == 0)
    return invoke (argv[i + 1], argc - i - 3, argv + i + 2, argv[argc - 1], fuel);
  if (i < argc && argv[i][0] != '-')
    return run_command (argc - i, argv + i, fuel);
  return usage ();
}
