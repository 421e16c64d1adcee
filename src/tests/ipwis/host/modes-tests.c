/* Host unit tests of the protection-mode rules (src/ipwis/modes.c): what
   each mode may import, and the messages that refuse the rest. Prints
   "pass modes/NAME" or "FAIL modes/NAME: why" per case. */
#include <stdio.h>
#include <string.h>
#include "report.h"
#include "ipwis/modes.h"

static struct ipwis_import_name
name (const char *module, const char *function)
{
  return (struct ipwis_import_name) { module, strlen (module), function, strlen (function) };
}

/* Case NAME: a module importing the COUNT functions of module MODULE in
   FUNCTIONS, loaded in MODE, is accepted if WANT is NULL, else refused
   with a message containing WANT. */
static void
expect (const char *case_name, enum ipwis_mode mode, const char *module,
        const char *const *functions, size_t count, const char *want)
{
  struct ipwis_import_name list[16];
  char message[200] = "";
  for (size_t i = 0; i < count; i++)
    list[i] = name (module, functions[i]);
  bool accepted = ipwis_check_imports (mode, list, count, message, sizeof message);
  report_match (case_name, accepted ? NULL : message, want, "accepted");
}

#define EXPECT(NAME, MODE, MODULE, WANT, ...)                                   \
  do {                                                                          \
    static const char *const functions[] = { __VA_ARGS__ };                     \
    expect (NAME, MODE, MODULE, functions, sizeof functions / sizeof *functions, WANT); \
  } while (0)

int
main (void)
{
  report_group ("modes");
  EXPECT ("worker-hello", MODE_WORKER, WASI_MODULE, NULL,
          "fd_write", "proc_exit", "args_get", "args_sizes_get", "clock_time_get");
  EXPECT ("worker-requests", MODE_WORKER, IPWIS_MODULE, NULL,
          "input_get", "output_set", "request_reserved", "request_child", "wait_any",
          "handle_poll", "abort", "ipiis_call");
  EXPECT ("worker-metadata", MODE_WORKER, IPWIS_MODULE,
          "worker mode may not import ipwis.task_metadata (allowed in: entry)",
          "input_get", "task_metadata");
  EXPECT ("worker-status", MODE_WORKER, IPWIS_MODULE,
          "worker mode may not import ipwis.status_update", "status_update");
  EXPECT ("worker-spawn", MODE_WORKER, IPWIS_MODULE,
          "worker mode may not import ipwis.spawn_worker", "spawn_worker");
  EXPECT ("worker-files", MODE_WORKER, WASI_MODULE,
          "worker mode may not import wasi_snapshot_preview1.path_open (allowed in: interrupt)",
          "fd_write", "path_open");
  EXPECT ("entry-metadata", MODE_ENTRY, IPWIS_MODULE, NULL,
          "task_metadata", "status_update", "spawn_worker", "grant_interrupt", "wait_any");
  EXPECT ("entry-sockets", MODE_ENTRY, WASI_MODULE,
          "entry mode may not import wasi_snapshot_preview1.sock_send", "sock_send");
  EXPECT ("interrupt-io", MODE_INTERRUPT, WASI_MODULE, NULL,
          "path_open", "fd_read", "sock_send", "sock_recv", "fd_prestat_get");
  EXPECT ("interrupt-no-spawn", MODE_INTERRUPT, IPWIS_MODULE,
          "interrupt mode may not import ipwis.grant_interrupt", "grant_interrupt");
  EXPECT ("interrupt-no-requests", MODE_INTERRUPT, IPWIS_MODULE,
          "interrupt mode may not import ipwis.request_child", "request_child");
  EXPECT ("unknown-function", MODE_ENTRY, IPWIS_MODULE,
          "imports ipwis.kernel_halt, which IPWIS does not provide", "kernel_halt");
  EXPECT ("unknown-module", MODE_INTERRUPT, "env",
          "imports env.fd_write, which IPWIS does not provide", "fd_write");
  EXPECT ("kernel-mode", MODE_KERNEL, WASI_MODULE,
          "no module runs in kernel mode", "fd_write");
  EXPECT ("no-imports", MODE_WORKER, WASI_MODULE, NULL);

  /* Names are compared as byte strings of their length, not as C strings. */
  struct ipwis_import_name prefix = { "ipwis", 5, "task_metadata_x", 13 };
  struct ipwis_import_name longer = { "ipwis", 5, "input_get", 5 };
  char message[200];
  bool ok = ipwis_check_imports (MODE_ENTRY, &prefix, 1, message, sizeof message)
            && !ipwis_check_imports (MODE_WORKER, &longer, 1, message, sizeof message)
            && strstr (message, "ipwis.input, which") != NULL;
  report ("lengths", ok, "lengths are not respected");

  /* Every mode has a name, and nothing is importable in kernel mode. */
  bool kernel_free = true;
  for (const char *const *n = (const char *const[]) { "fd_write", "abort", NULL }; *n; n++)
    {
      struct ipwis_import_name import = name (strcmp (*n, "abort") ? WASI_MODULE : IPWIS_MODULE, *n);
      kernel_free &= !(ipwis_find_import (&import)->modes & MODE_BIT (MODE_KERNEL));
    }
  report ("kernel-untagged", kernel_free, "an import is tagged with kernel mode");
  return report_status ();
}
