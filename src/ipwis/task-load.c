/* Loading a task's program: its path resolved to bytes ("local:/NAME"
   from Skiff's file system, other schemes from the loaders the runtime
   registers), its protection mode decided (entry only for an approved
   program the caller's tree starts: the root, or the root's exception
   program; every requested subprogram is a worker), its imports checked
   against that mode before any of its code runs, and its instance and
   exec made with memory from the user pool within the tree's need. */
#include "ipwis/task.h"
#include <debug.h>
#include <string.h>
#ifdef SOLUTION_IPWIS
#include <sha256.h>
#include <stdio.h>
#include "ipwis/task-internal.h"
#include "threads/malloc.h"
/* The digests of the approved entry programs, fixed when the kernel is
   compiled (ENTRY_PROGRAMS in the phase's Make.vars). */
#include "approved-entries.h"

#define LOADERS_MAX 4
/* Memory a program gets when its tree names no need. */
#define DEFAULT_MEMORY_KB 1024
#define STACK_SLOTS 4096
#define CALL_DEPTH 256

struct loader
  {
    char scheme[8];
    task_loader *load;
    void *aux;
  };

static struct loader loaders[LOADERS_MAX];

bool
task_register_loader (const char *scheme, task_loader *load, void *aux)
{
  for (int i = 0; i < LOADERS_MAX; i++)
    if (loaders[i].load == NULL || !strcmp (loaders[i].scheme, scheme))
      {
        strlcpy (loaders[i].scheme, scheme, sizeof loaders[i].scheme);
        loaders[i].load = load;
        loaders[i].aux = aux;
        return true;
      }
  return false;
}

/* The bytes of the program at PATH ("SCHEME:/FILE"), from malloc. */
static void *
fetch (const char *path, size_t *size)
{
  const char *colon = strchr (path, ':');
  if (colon == NULL || colon[1] != '/')
    return NULL;
  size_t scheme_len = colon - path;
  if (scheme_len == 5 && !memcmp (path, "local", 5))
    return engine_read_file (colon + 2, size);
  for (int i = 0; i < LOADERS_MAX; i++)
    if (loaders[i].load != NULL && strlen (loaders[i].scheme) == scheme_len
        && !memcmp (loaders[i].scheme, path, scheme_len))
      return loaders[i].load (loaders[i].aux, colon + 1, size);
  return NULL;
}

static bool
approved (const uint8_t *bytes, size_t size)
{
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256 (bytes, size, digest);
  for (size_t i = 0; i < sizeof approved_entries / sizeof *approved_entries; i++)
    if (!memcmp (approved_entries[i], digest, SHA256_DIGEST_SIZE))
      return true;
  return false;
}

/* Refuses with WHY unless T's module may be loaded in T's mode. */
static bool
check_mode (struct task *t, char *why, size_t why_size)
{
  size_t cnt = wasm_module_import_count (t->module);
  struct ipwis_import_name names[24];
  if (cnt > sizeof names / sizeof *names)
    {
      snprintf (why, why_size, "imports %zu functions, more than IPWIS provides", cnt);
      return false;
    }
  for (size_t i = 0; i < cnt; i++)
    {
      enum wasm_extern_kind kind;
      wasm_module_import (t->module, i, &names[i].module, &names[i].module_len,
                          &names[i].name, &names[i].name_len, &kind);
    }
  return ipwis_check_imports (t->mode, names, cnt, why, why_size);
}

static bool
instantiate (struct task *t, char *why, size_t why_size)
{
  struct wasm_extern imports[24];
  size_t cnt = wasm_module_import_count (t->module);
  if (!task_link (t, imports, cnt, why, why_size))
    return false;
  struct wasm_error error;
  uint32_t max_pages = t->memory.budget / (64 * 1024);
  t->instance = wasm_instance_new (t->module, imports, cnt, max_pages, &error);
  if (t->instance == NULL)
    {
      strlcpy (why, error.message, why_size);
      return false;
    }
  t->exec = wasm_exec_new (&t->memory.alloc, STACK_SLOTS, CALL_DEPTH);
  if (t->exec == NULL)
    strlcpy (why, "no memory for its stacks", why_size);
  return t->exec != NULL;
}

bool
task_load (struct task *t, char *why, size_t why_size)
{
  const struct dtree_node *n = task_node (t);
  char path[DTREE_MAX_LINE];
  snprintf (path, sizeof path, "%.*s", n->program.length, t->tree->dtree.text + n->program.offset);
  size_t size;
  uint8_t *bytes = fetch (path, &size);
  if (bytes == NULL)
    {
      snprintf (why, why_size, "no program %s", path);
      return false;
    }
  if (t->parent == NULL)
    t->mode = approved (bytes, size) ? MODE_ENTRY : MODE_WORKER;
  uint32_t kb = n->needs[DTREE_MEMORY] ? n->needs[DTREE_MEMORY] : DEFAULT_MEMORY_KB;
  engine_memory_init (&t->memory, (size_t) kb * 1024);
  struct wasm_error error;
  t->module = wasm_module_load (&t->memory.alloc, bytes, size, &error);
  free (bytes);
  if (t->module == NULL)
    {
      snprintf (why, why_size, "refused: %s", error.message);
      return false;
    }
  if (!check_mode (t, why, why_size))
    return false;
  return instantiate (t, why, why_size);
}

void
task_unload (struct task *t)
{
  if (t->exec != NULL)
    wasm_exec_free (t->exec);
  if (t->instance != NULL)
    wasm_instance_free (t->instance);
  for (int i = 0; i < t->import_cnt; i++)
    wasm_host_func_free (t->imports[i]);
  if (t->module != NULL)
    wasm_module_free (t->module);
  t->exec = NULL;
  t->instance = NULL;
  t->module = NULL;
  t->import_cnt = 0;
}
#else
bool
task_register_loader (const char *scheme UNUSED, task_loader *load UNUSED, void *aux UNUSED)
{
  /* TODO (ipwis): remember where programs of SCHEME come from. */
  return false;
}
#endif /* SOLUTION_IPWIS */
