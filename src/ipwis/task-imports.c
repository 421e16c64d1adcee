/* The ipwis imports: what a task's program can ask of the kernel. Which
   modes may import each is modes.c's table, checked when the program is
   loaded; what is checked here is the rest, when the call is made: its
   pointers inside the task's memory, and that a request names a
   subprogram its tree declares for this program (a worker cannot start
   anything else; an entry program may start any program of its tree,
   as a worker). A request returns a handle at once (the new task's id);
   handle_poll reads one, wait_any waits for the first of several.
   Every call returns -1 for a request it refuses; the task runs on. */
#include "ipwis/task.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#ifdef SOLUTION_IPWIS
#include "ipwis/task-internal.h"
#include "devices/timer.h"

static task_outside_call *outside;
static void *outside_aux;

void
task_set_outside (task_outside_call *call, void *aux)
{
  outside = call;
  outside_aux = aux;
}

/* LEN bytes at PTR in MEMORY, or NULL if they are not all inside it. */
static uint8_t *
guest (struct wasm_memory *memory, uint32_t ptr, uint32_t len)
{
  if (memory == NULL || (uint64_t) ptr + len > wasm_memory_size (memory))
    return NULL;
  return wasm_memory_data (memory) + ptr;
}

#define GUEST(VAR, PTR, LEN)                                    \
  uint8_t *VAR = guest (memory, (PTR), (LEN));                  \
  if (VAR == NULL)                                              \
    return WASM_TRAP_MEMORY_OUT_OF_BOUNDS

/* A datum of T's node: KEY, an input (or output) of it, or -1. */
static int
datum (struct task *t, int node, const uint8_t *key, uint32_t len, bool output)
{
  const struct dtree *d = &t->tree->dtree;
  const struct dtree_node *n = &d->nodes[node];
  for (int i = 0; i < n->data_cnt; i++)
    if (n->data[i].output == output && n->data[i].key.length == len
        && !memcmp (d->text + n->data[i].key.offset, key, len))
      return i;
  return -1;
}

/* input_size (key, len) -> bytes of the input's value, or -1. */
static enum wasm_trap
input_size (void *t_, struct wasm_memory *memory, union wasm_slot *s)
{
  struct task *t = t_;
  GUEST (key, s[0].i32, s[1].i32);
  int i = datum (t, t->node, key, s[1].i32, false);
  s[0].i32 = i < 0 ? (uint32_t) -1 : strlen (t->inputs[i]);
  return WASM_TRAP_NONE;
}

/* input_get (key, len, buffer, size) -> bytes copied, or -1. */
static enum wasm_trap
input_get (void *t_, struct wasm_memory *memory, union wasm_slot *s)
{
  struct task *t = t_;
  GUEST (key, s[0].i32, s[1].i32);
  GUEST (buffer, s[2].i32, s[3].i32);
  int i = datum (t, t->node, key, s[1].i32, false);
  size_t len = i < 0 ? 0 : strlen (t->inputs[i]);
  if (i < 0 || len > s[3].i32)
    s[0].i32 = (uint32_t) -1;
  else
    {
      memcpy (buffer, t->inputs[i], len);
      s[0].i32 = len;
    }
  return WASM_TRAP_NONE;
}

/* Sets T's output KEY to VALUE; false for an undeclared key or a
   value too long. */
bool
task_set_output (struct task *t, const uint8_t *key, size_t key_len, const uint8_t *value,
                 size_t value_len)
{
  int i = datum (t, t->data_node, key, key_len, true);
  if (i < 0 || value_len >= TASK_VALUE_MAX)
    return false;
  lock_acquire (&tasks_lock);
  memcpy (t->outputs[i], value, value_len);
  t->outputs[i][value_len] = '\0';
  t->output_set[i] = true;
  lock_release (&tasks_lock);
  return true;
}

/* output_set (key, len, value, len) -> 0, or -1 for an undeclared key
   or a value too long. */
static enum wasm_trap
output_set (void *t, struct wasm_memory *memory, union wasm_slot *s)
{
  GUEST (key, s[0].i32, s[1].i32);
  GUEST (value, s[2].i32, s[3].i32);
  s[0].i32 = task_set_output (t, key, s[1].i32, value, s[3].i32) ? 0 : (uint32_t) -1;
  return WASM_TRAP_NONE;
}

/* The subprogram NAME of kind KIND: a direct subprogram of T's node, or
   for an entry program (ANYWHERE) any in its tree; -1 if none. */
static int
subprogram (struct task *t, const uint8_t *name, uint32_t len, enum dtree_kind kind,
            bool anywhere)
{
  const struct dtree *d = &t->tree->dtree;
  for (int i = 1; i < d->node_cnt; i++)
    if ((anywhere || d->nodes[i].parent == t->node)
        && (anywhere ? d->nodes[i].kind != DTREE_EXCEPTION : d->nodes[i].kind == kind)
        && d->nodes[i].name.length == len && !memcmp (d->text + d->nodes[i].name.offset, name, len))
      return i;
  return -1;
}

static enum wasm_trap
request (struct task *t, struct wasm_memory *memory, union wasm_slot *s, enum dtree_kind kind,
         bool anywhere, const uint8_t *values, uint32_t values_len)
{
  GUEST (name, s[0].i32, s[1].i32);
  int node = subprogram (t, name, s[1].i32, kind, anywhere);
  lock_acquire (&tasks_lock);
  s[0].i32 = node < 0 || (kind == DTREE_RESERVED && t->requested[node]) ? (uint32_t) -1
             : (uint32_t) task_start_subprogram (t, node, MODE_WORKER, (const char *) values,
                                                 values_len);
  lock_release (&tasks_lock);
  return WASM_TRAP_NONE;
}

/* request_reserved (name, len) -> handle: once each, tree as written. */
static enum wasm_trap
request_reserved (void *t, struct wasm_memory *memory, union wasm_slot *s)
{
  return request (t, memory, s, DTREE_RESERVED, false, NULL, 0);
}

/* request_child (name, len, values, len) -> handle; VALUES fill the
   child's `?' inputs, "key=value" a line. */
static enum wasm_trap
request_child (void *t, struct wasm_memory *memory, union wasm_slot *s)
{
  GUEST (values, s[2].i32, s[3].i32);
  return request (t, memory, s, DTREE_CHILD, false, values, s[3].i32);
}

/* spawn_worker (name, len) -> handle: entry only; any program of its tree. */
static enum wasm_trap
spawn_worker (void *t, struct wasm_memory *memory, union wasm_slot *s)
{
  return request (t, memory, s, DTREE_CHILD, true, NULL, 0);
}

/* request_exception () -> -1 if there is none; else it does not
   return: the exception program takes over, as on an overrun. */
static enum wasm_trap
request_exception (void *t_, struct wasm_memory *memory UNUSED, union wasm_slot *s)
{
  struct task *t = t_;
  const struct dtree *d = &t->tree->dtree;
  for (int i = t->node + 1; i < d->node_cnt; i++)
    if (d->nodes[i].parent == t->node && d->nodes[i].kind == DTREE_EXCEPTION)
      {
        t->overdue = true;
        return WASM_TRAP_EXIT;
      }
  s[0].i32 = (uint32_t) -1;
  return WASM_TRAP_NONE;
}

/* abort (reason, len): ends the whole tree, with a penalty. */
static enum wasm_trap
abort_tree (void *t_, struct wasm_memory *memory, union wasm_slot *s)
{
  struct task *t = t_;
  GUEST (reason, s[0].i32, s[1].i32);
  char text[TASK_DETAIL_MAX];
  snprintf (text, sizeof text, "%.*s (penalty 2)", (int) s[1].i32, (const char *) reason);
  task_abort_tree (t, text);
  return WASM_TRAP_EXIT;
}

/* A task T started, by handle; NULL if H is not one. With tasks_lock. */
static struct task *
handle (struct task *t, uint32_t h)
{
  for (int c = 0; c < t->child_cnt; c++)
    if ((uint32_t) t->children[c] == h)
      return task_find (h);
  return NULL;
}

/* handle_poll (handle) -> its state (task.h's numbers), or -1. */
static enum wasm_trap
handle_poll (void *t_, struct wasm_memory *memory UNUSED, union wasm_slot *s)
{
  struct task *t = t_;
  lock_acquire (&tasks_lock);
  struct task *c = handle (t, s[0].i32);
  s[0].i32 = c != NULL ? c->state : (uint32_t) -1;
  lock_release (&tasks_lock);
  return WASM_TRAP_NONE;
}

/* The index of the first of HANDLES (COUNT i32s) that has finished, or
   -1; -2 if one is not a handle of T's. With tasks_lock held. */
static int
first_finished (struct task *t, const uint8_t *handles, uint32_t count)
{
  for (uint32_t i = 0; i < count; i++)
    {
      uint32_t h;
      memcpy (&h, handles + 4 * i, 4);
      struct task *c = handle (t, h);
      if (c == NULL)
        return -2;
      if (task_state_is_final (c->state))
        return i;
    }
  return -1;
}

/* wait_any (handles, count) -> the index of one that has finished, or
   -1 if one is not a handle. Checks once a tick, and gives up when the
   task's own max-time passes (the exception program then takes over) or
   its tree is stopped. */
static enum wasm_trap
wait_any (void *t_, struct wasm_memory *memory, union wasm_slot *s)
{
  struct task *t = t_;
  uint32_t count = s[1].i32;
  if (count == 0 || count > TASK_CHILDREN_MAX)
    {
      s[0].i32 = (uint32_t) -1;
      return WASM_TRAP_NONE;
    }
  GUEST (handles, s[0].i32, 4 * count);
  lock_acquire (&tasks_lock);
  int found = first_finished (t, handles, count);
  if (found == -1)
    task_set_state (t, TASK_WAITING, NULL);
  while (found == -1 && !task_stopping (t) && !task_overdue (t))
    {
      lock_release (&tasks_lock);
      timer_sleep (1);
      lock_acquire (&tasks_lock);
      found = first_finished (t, handles, count);
    }
  if (t->state == TASK_WAITING)
    task_set_state (t, TASK_RUNNING, NULL);
  lock_release (&tasks_lock);
  if (found == -1)
    {
      t->overdue = !task_stopping (t);
      return WASM_TRAP_EXIT;
    }
  s[0].i32 = found < 0 ? (uint32_t) -1 : (uint32_t) found;
  return WASM_TRAP_NONE;
}

/* task_metadata (buffer, size) -> bytes: entry only, read-only. */
static enum wasm_trap
task_metadata (void *t_, struct wasm_memory *memory, union wasm_slot *s)
{
  struct task *t = t_;
  GUEST (buffer, s[0].i32, s[1].i32);
  const struct dtree *d = &t->tree->dtree;
  const struct dtree_node *n = task_node (t);
  char text[160];
  int len = snprintf (text, sizeof text, "task %d, caller %s, callee %.*s, created %.*s",
                      t->id, t->tree->caller, n->callee.length, d->text + n->callee.offset,
                      d->created_text.length, d->text + d->created_text.offset);
  s[0].i32 = (uint32_t) len <= s[1].i32 ? (uint32_t) len : (uint32_t) -1;
  if ((uint32_t) len <= s[1].i32)
    memcpy (buffer, text, len);
  return WASM_TRAP_NONE;
}

/* status_update (text, len) -> 0: entry only; tells the caller. */
static enum wasm_trap
status_update (void *t_, struct wasm_memory *memory, union wasm_slot *s)
{
  struct task *t = t_;
  GUEST (text, s[0].i32, s[1].i32);
  char status[TASK_DETAIL_MAX];
  snprintf (status, sizeof status, "status: %.*s", (int) s[1].i32, (const char *) text);
  lock_acquire (&tasks_lock);
  task_set_state (t, t->state, status);
  lock_release (&tasks_lock);
  s[0].i32 = 0;
  return WASM_TRAP_NONE;
}

/* Whether the LEN bytes at S are printable text, spaces included. */
static bool
printable (const uint8_t *s, uint32_t len)
{
  for (uint32_t i = 0; i < len; i++)
    if (s[i] < ' ' || s[i] > '~')
      return false;
  return true;
}

/* grant_interrupt (name, len, args, len) -> handle: entry only. Starts
   the interrupt-mode program the boot's table names NAME, a ring-3
   process whose command line is its file's name and ARGS (printable,
   at most INTERRUPT_ARGS_MAX bytes); -1 if NAME is not in the table. */
static enum wasm_trap
grant_interrupt (void *t, struct wasm_memory *memory, union wasm_slot *s)
{
  GUEST (name, s[0].i32, s[1].i32);
  GUEST (args, s[2].i32, s[3].i32);
  const struct interrupt_program *program = interrupts_find ((const char *) name, s[1].i32);
  bool fine = program != NULL && s[3].i32 <= INTERRUPT_ARGS_MAX && printable (args, s[3].i32);
  s[0].i32 = fine ? (uint32_t) task_start_interrupt (t, program, (const char *) args, s[3].i32)
             : (uint32_t) -1;
  return WASM_TRAP_NONE;
}

/* REQUEST through the door out; the reply's size in REPLY, or -1. */
int
task_call_outside (const uint8_t *request, size_t size, uint8_t *reply, size_t reply_size)
{
  return outside != NULL ? outside (outside_aux, request, size, reply, reply_size) : -1;
}

/* Whether REQUEST is one of the kernel's own outside calls, which
   proxies and grants make; a guest's could forge a delegation or run a
   host program without its grant. */
static bool
kernels_own_call (const uint8_t *request, size_t size)
{
  static const char *const words[] = { "delegate", "interrupt" };
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    {
      size_t n = strlen (words[i]);
      if (size >= n && !memcmp (request, words[i], n))
        return true;
    }
  return false;
}

/* ipiis_call (request, len, reply, size) -> reply bytes, or -1. */
static enum wasm_trap
ipiis_call (void *t UNUSED, struct wasm_memory *memory, union wasm_slot *s)
{
  GUEST (req, s[0].i32, s[1].i32);
  GUEST (reply, s[2].i32, s[3].i32);
  s[0].i32 = kernels_own_call (req, s[1].i32) ? (uint32_t) -1
             : (uint32_t) task_call_outside (req, s[1].i32, reply, s[3].i32);
  return WASM_TRAP_NONE;
}

struct import_fn
  {
    const char *name;
    const char *signature;
    wasm_host_fn *fn;
  };

static const struct import_fn import_fns[] =
  {
    { "input_size", "ii:i", input_size },
    { "input_get", "iiii:i", input_get },
    { "output_set", "iiii:i", output_set },
    { "request_reserved", "ii:i", request_reserved },
    { "request_child", "iiii:i", request_child },
    { "request_exception", ":i", request_exception },
    { "abort", "ii:", abort_tree },
    { "handle_poll", "i:i", handle_poll },
    { "wait_any", "ii:i", wait_any },
    { "ipiis_call", "iiii:i", ipiis_call },
    { "task_metadata", "ii:i", task_metadata },
    { "status_update", "ii:i", status_update },
    { "spawn_worker", "ii:i", spawn_worker },
    { "grant_interrupt", "iiii:i", grant_interrupt },
  };

static const struct import_fn *
find_fn (const char *module, size_t module_len, const char *name, size_t name_len)
{
  if (module_len != strlen (IPWIS_MODULE) || memcmp (module, IPWIS_MODULE, module_len))
    return NULL;
  for (size_t i = 0; i < sizeof import_fns / sizeof *import_fns; i++)
    if (strlen (import_fns[i].name) == name_len && !memcmp (import_fns[i].name, name, name_len))
      return &import_fns[i];
  return NULL;
}

bool
task_link (struct task *t, struct wasm_extern *imports, size_t cnt, char *why, size_t why_size)
{
  for (size_t i = 0; i < cnt; i++)
    {
      const char *module, *name;
      size_t module_len, name_len;
      enum wasm_extern_kind kind;
      wasm_module_import (t->module, i, &module, &module_len, &name, &name_len, &kind);
      const struct import_fn *f = find_fn (module, module_len, name, name_len);
      if (f == NULL || kind != WASM_EXTERN_FUNC)
        {
          snprintf (why, why_size, "import %.*s.%.*s is not offered to tasks",
                    (int) module_len, module, (int) name_len, name);
          return false;
        }
      struct wasm_func *func = wasm_host_func_new (&t->memory.alloc, f->signature, f->fn, t);
      if (func == NULL)
        {
          snprintf (why, why_size, "no memory for its imports");
          return false;
        }
      t->imports[t->import_cnt++] = func;
      imports[i] = (struct wasm_extern) { WASM_EXTERN_FUNC, { .func = func } };
    }
  return true;
}
#else
void
task_set_outside (task_outside_call *call UNUSED, void *aux UNUSED)
{
  /* TODO (ipwis): hand tasks' ipiis_call to the runtime. */
}
#endif /* SOLUTION_IPWIS */
