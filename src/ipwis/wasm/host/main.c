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

static int
invoke (const char *name, int argc, char **argv, const char *path, int64_t fuel)
{
  struct wasm_module *m = load (path);
  if (m == NULL)
    return 2;
  struct wasi wasi;
  struct wasm_error error;
  size_t count = wasm_module_import_count (m);
  struct wasm_extern *imports = calloc (count + 1, sizeof *imports);
  struct wasm_instance *inst = NULL;
  struct wasm_exec *exec = wasm_exec_new (&host_allocator, HOST_STACK_SLOTS,
                                          HOST_CALL_DEPTH);
  int status = 2;
  const char *argv0[] = { path };
  if (!wasi_init (&wasi, &host_allocator, &posix_wasi_io, 1, argv0, 0, NULL))
    goto done;
  if (!wasi_link (&wasi, m, imports, &error)
      || (inst = wasm_instance_new (m, imports, count, HOST_MAX_PAGES, &error)) == NULL)
    {
      fprintf (stderr, "%s: %s\n", path, error.message);
      goto done;
    }
  struct wasm_extern ext;
  if (!wasm_instance_export (inst, name, strlen (name), &ext)
      || ext.kind != WASM_EXTERN_FUNC)
    {
      fprintf (stderr, "%s: no exported function '%s'\n", path, name);
      goto done;
    }
  size_t params = wasm_func_param_count (ext.u.func);
  if ((size_t) argc != params)
    {
      fprintf (stderr, "%s takes %zu arguments, %d given\n", name, params, argc);
      goto done;
    }
  union wasm_slot *args = calloc (params + 1, sizeof *args);
  for (size_t i = 0; i < params; i++)
    args[i].i64 = parse_arg (wasm_func_param_type (ext.u.func, i), argv[i]);
  wasm_exec_set_fuel (exec, fuel);
  status = 1;
  struct wasm_func *start = wasm_instance_start (inst);
  if ((start == NULL || run (exec, start, NULL) == WASM_DONE)
      && run (exec, ext.u.func, args) == WASM_DONE)
    {
      status = 0;
      if (wasm_func_result_count (ext.u.func))
        print_value (wasm_func_result_type (ext.u.func, 0),
                     wasm_exec_results (exec)[0]);
    }
  free (args);
done:
  wasm_exec_free (exec);
  wasm_instance_free (inst);
  wasi_free (&wasi);
  free (imports);
  wasm_module_free (m);
  return status;
}

static int
run_command (int argc, char **argv, int64_t fuel)
{
  const char *path = argv[0];
  struct wasm_module *m = load (path);
  if (m == NULL)
    return 2;
  int envc = 0;
  while (environ[envc])
    envc++;
  struct wasi wasi;
  struct wasm_error error;
  size_t count = wasm_module_import_count (m);
  struct wasm_extern *imports = calloc (count + 1, sizeof *imports);
  struct wasm_instance *inst = NULL;
  struct wasm_exec *exec = wasm_exec_new (&host_allocator, HOST_STACK_SLOTS,
                                          HOST_CALL_DEPTH);
  struct wasm_extern start;
  int status = 2;
  if (!wasi_init (&wasi, &host_allocator, &posix_wasi_io, argc,
                  (const char *const *) argv, envc, (const char *const *) environ))
    goto done;
  if (!wasi_link (&wasi, m, imports, &error)
      || (inst = wasm_instance_new (m, imports, count, HOST_MAX_PAGES, &error)) == NULL)
    {
      fprintf (stderr, "%s: %s\n", path, error.message);
      goto done;
    }
  if (!wasm_instance_export (inst, "_start", 6, &start)
      || start.kind != WASM_EXTERN_FUNC)
    {
      fprintf (stderr, "%s: not a WASI command (no _start)\n", path);
      goto done;
    }
  wasm_exec_set_fuel (exec, fuel);
  switch (run (exec, start.u.func, NULL))
    {
    case WASM_DONE: status = 0; break;
    case WASM_EXITED: status = wasi.exit_code & 0xff; break;
    default: status = 1; break;
    }
done:
  wasm_exec_free (exec);
  wasm_instance_free (inst);
  wasi_free (&wasi);
  free (imports);
  wasm_module_free (m);
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
