/* The import table: which protection modes may use each import. Worker
   and entry programs run inside the kernel, so they get no door out but
   IPIIS, which the kernel mediates; only interrupt-mode programs, which
   run outside the kernel, get WASI's files and sockets. Only entry mode
   sees task metadata, reports status and starts programs. Kernel mode is
   on no import at all: it exists only as authenticated commands from
   outside, over IPIIS, so no module can reach it. */
#include "ipwis/modes.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>

#define W MODE_BIT (MODE_WORKER)
#define E MODE_BIT (MODE_ENTRY)
#define I MODE_BIT (MODE_INTERRUPT)

static const struct ipwis_import import_table[] =
  {
    /* A task's own data and its requests (interrupt modes). */
    { IPWIS_MODULE, "input_size", W | E | I },
    { IPWIS_MODULE, "input_get", W | E | I },
    { IPWIS_MODULE, "output_set", W | E | I },
    { IPWIS_MODULE, "request_reserved", W | E },
    { IPWIS_MODULE, "request_child", W | E },
    { IPWIS_MODULE, "request_exception", W | E },
    { IPWIS_MODULE, "abort", W | E },
    { IPWIS_MODULE, "handle_poll", W | E },
    { IPWIS_MODULE, "wait_any", W | E },
    { IPWIS_MODULE, "ipiis_call", W | E },
    /* Entry mode only: its own task, read-only; status; starting programs. */
    { IPWIS_MODULE, "task_metadata", E },
    { IPWIS_MODULE, "status_update", E },
    { IPWIS_MODULE, "spawn_worker", E },
    { IPWIS_MODULE, "grant_interrupt", E },

    /* WASI preview 1: what a C program needs to print, read its
       arguments, tell the time and exit... */
    { WASI_MODULE, "args_get", W | E | I },
    { WASI_MODULE, "args_sizes_get", W | E | I },
    { WASI_MODULE, "environ_get", W | E | I },
    { WASI_MODULE, "environ_sizes_get", W | E | I },
    { WASI_MODULE, "clock_res_get", W | E | I },
    { WASI_MODULE, "clock_time_get", W | E | I },
    { WASI_MODULE, "fd_close", W | E | I },
    { WASI_MODULE, "fd_fdstat_get", W | E | I },
    { WASI_MODULE, "fd_read", W | E | I },
    { WASI_MODULE, "fd_seek", W | E | I },
    { WASI_MODULE, "fd_write", W | E | I },
    { WASI_MODULE, "poll_oneoff", W | E | I },
    { WASI_MODULE, "proc_exit", W | E | I },
    { WASI_MODULE, "random_get", W | E | I },
    { WASI_MODULE, "sched_yield", W | E | I },
    /* ...and, outside the kernel only, files and sockets. */
    { WASI_MODULE, "fd_prestat_get", I },
    { WASI_MODULE, "fd_prestat_dir_name", I },
    { WASI_MODULE, "path_open", I },
    { WASI_MODULE, "sock_accept", I },
    { WASI_MODULE, "sock_recv", I },
    { WASI_MODULE, "sock_send", I },
    { WASI_MODULE, "sock_shutdown", I },
  };

const char *
ipwis_mode_name (enum ipwis_mode mode)
{
  static const char *const names[MODE_CNT] = { "worker", "entry", "interrupt", "kernel" };
  return names[mode];
}

static bool
bytes_are (const char *bytes, size_t length, const char *string)
{
  return strlen (string) == length && !memcmp (bytes, string, length);
}

/* The table's entry for IMPORT, or NULL if IPWIS does not provide it. */
const struct ipwis_import *
ipwis_find_import (const struct ipwis_import_name *import)
{
  for (size_t i = 0; i < sizeof import_table / sizeof *import_table; i++)
    if (bytes_are (import->module, import->module_len, import_table[i].module)
        && bytes_are (import->name, import->name_len, import_table[i].name))
      return &import_table[i];
  return NULL;
}

#ifdef SOLUTION_IPWIS
/* "worker, entry": the modes of MODES, in MESSAGE. */
static void
list_modes (unsigned modes, char *message, size_t size)
{
  message[0] = '\0';
  for (int m = 0; m < MODE_CNT; m++)
    if (modes & MODE_BIT (m))
      {
        size_t length = strlen (message);
        snprintf (message + length, size - length, "%s%s", length ? ", " : "",
                  ipwis_mode_name (m));
      }
}

static bool
refuse_import (enum ipwis_mode mode, const struct ipwis_import_name *import,
               const struct ipwis_import *entry, char *message, size_t size)
{
  char allowed[48];
  if (entry == NULL)
    snprintf (message, size, "imports %.*s.%.*s, which IPWIS does not provide",
              (int) import->module_len, import->module, (int) import->name_len, import->name);
  else
    {
      list_modes (entry->modes, allowed, sizeof allowed);
      snprintf (message, size, "%s mode may not import %s.%s (allowed in: %s)",
                ipwis_mode_name (mode), entry->module, entry->name, allowed);
    }
  return false;
}
#endif /* SOLUTION_IPWIS */

/* Whether a module of IMPORT_CNT IMPORTS may be loaded in MODE. If not,
   MESSAGE says which import is refused and why. */
bool
ipwis_check_imports (enum ipwis_mode mode UNUSED, const struct ipwis_import_name *imports UNUSED,
                     size_t import_cnt UNUSED, char *message UNUSED, size_t message_size UNUSED)
{
#ifdef SOLUTION_IPWIS
  if (mode == MODE_KERNEL)
    {
      snprintf (message, message_size, "no module runs in kernel mode: it exists only as "
                "authenticated commands from outside");
      return false;
    }
  for (size_t i = 0; i < import_cnt; i++)
    {
      const struct ipwis_import *entry = ipwis_find_import (&imports[i]);
      if (entry == NULL || !(entry->modes & MODE_BIT (mode)))
        return refuse_import (mode, &imports[i], entry, message, message_size);
    }
  return true;
#else
  /* TODO (ipwis): refuse a module that imports anything its mode may not
     use, or anything IPWIS does not provide; see doc/ipwis.md. */
  return true;
#endif
}
