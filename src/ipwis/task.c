/* Tasks: the table of tasks, their states, and the life of one task
   (see task.h). A submitted tree becomes a root task; each subprogram a
   task requests becomes a task of its own. Every task is a kernel
   thread that loads its program (task-load.c), fills its inputs, and
   runs its export `run' in slices of fuel, checking between slices
   whether its max-time has passed or its tree was aborted or
   cancelled. A task that overruns hands over to its exception program,
   which runs in the same task, keeping its outputs. */
#include "ipwis/task.h"
#include <debug.h>
#include <stdio.h>
#include <string.h>
#ifdef SOLUTION_IPWIS
#include "ipwis/callers.h"
#include "ipwis/resources.h"
#include "ipwis/task-internal.h"
#include "devices/timer.h"
#include "threads/malloc.h"
#include "threads/thread.h"
#endif

static const char *const state_names[TASK_STATE_CNT] =
  { "admitted", "running", "waiting", "done", "failed", "timed out", "aborted" };

const char *
task_state_name (enum task_state state)
{
  return state < TASK_STATE_CNT ? state_names[state] : "unknown";
}

#ifdef SOLUTION_IPWIS
/* Fuel per slice: how often a running task checks its clock. */
#define FUEL_SLICE 20000
/* Task records kept: a new task takes slot ID % TASK_SLOTS, recycling
   a finished task's record. */
#define TASK_SLOTS 64
/* Signatures of the trees accepted lately: one submitted again is a replay. */
#define SEEN_TREES 128

struct lock tasks_lock;
struct condition tasks_changed;
static struct task *tasks[TASK_SLOTS];
static task_id next_id = 1;
static task_listener *listener;
static void *listener_aux;
static uint8_t seen[SEEN_TREES][HMAC_SHA256_SIZE];
static unsigned seen_cnt;

void
task_init (void)
{
  lock_init (&tasks_lock);
  cond_init (&tasks_changed);
  task_penalty_init ();
  task_interrupt_init ();
}

void
task_set_listener (task_listener *l, void *aux)
{
  lock_acquire (&tasks_lock);
  listener = l;
  listener_aux = aux;
  lock_release (&tasks_lock);
}

const struct dtree_node *
task_node (const struct task *t)
{
  return &t->tree->dtree.nodes[t->node];
}

struct task *
task_find (task_id id)
{
  ASSERT (lock_held_by_current_thread (&tasks_lock));
  struct task *t = id > 0 ? tasks[id % TASK_SLOTS] : NULL;
  return t != NULL && t->id == id ? t : NULL;
}

/* With tasks_lock held. */
void
task_set_state (struct task *t, enum task_state state, const char *detail)
{
  ASSERT (!task_state_is_final (t->state));
  t->state = state;
  if (detail != NULL)
    strlcpy (t->detail, detail, sizeof t->detail);
  if (task_state_is_final (state))
    t->finished = timer_ticks ();
  if (listener != NULL)
    listener (listener_aux, t->id, state, t->detail);
  cond_broadcast (&tasks_changed, &tasks_lock);
}

/* Whether T must stop: its tree was aborted, or it or an ancestor
   cancelled. Ancestors outlive their children (a task ends only after
   its children have), so the chain is always valid. */
bool
task_stopping (const struct task *t)
{
  if (t->tree->aborted)
    return true;
  for (; t != NULL; t = t->parent)
    if (t->cancelled)
      return true;
  return false;
}

bool
task_overdue (const struct task *t)
{
  return timer_elapsed (t->node_started) > task_node (t)->max_ticks;
}

static void
tree_release (struct tree_run *tree)
{
  if (--tree->refs == 0)
    {
      free (tree->text);
      free (tree);
    }
}

/* A new task for NODE of TREE, ADMITTED, in the table; NULL if the
   table is full of live tasks. With tasks_lock held. */
static struct task *
task_new (struct tree_run *tree, int node, struct task *parent)
{
  int slot = next_id % TASK_SLOTS;
  struct task *old = tasks[slot];
  if (old != NULL && !task_state_is_final (old->state))
    return NULL;
  struct task *t = calloc (1, sizeof *t);
  if (t == NULL)
    return NULL;
  if (old != NULL)
    {
      tree_release (old->tree);
      free (old);
    }
  tasks[slot] = t;
  t->id = next_id++;
  t->state = TASK_ADMITTED;
  t->tree = tree;
  t->data_node = node;
  tree->refs++;
  t->node = node;
  t->parent = parent;
  t->submitted = timer_ticks ();
  t->started = t->finished = -1;
  return t;
}

/* The index of NODE's datum KEY (a span of TEXT), or -1. */
static int
find_datum (const struct dtree *d, int node, const char *key, size_t key_len)
{
  const struct dtree_node *n = &d->nodes[node];
  for (int i = 0; i < n->data_cnt; i++)
    if (n->data[i].key.length == key_len && !memcmp (d->text + n->data[i].key.offset, key, key_len))
      return i;
  return -1;
}

/* The value of output KEY of the reserved program NAME among the tasks
   PARENT started, if it has finished; else "". */
static void
reserved_output (struct task *parent, const char *name, size_t name_len,
                 const char *key, size_t key_len, char *value)
{
  value[0] = '\0';
  for (int c = 0; parent != NULL && c < parent->child_cnt; c++)
    {
      struct task *child = task_find (parent->children[c]);
      const struct dtree *d = &parent->tree->dtree;
      if (child == NULL || child->state != TASK_DONE)
        continue;
      const struct dtree_span n = d->nodes[child->node].name;
      int i = find_datum (d, child->data_node, key, key_len);
      if (n.length == name_len && !memcmp (d->text + n.offset, name, name_len) && i >= 0)
        strlcpy (value, child->outputs[i], TASK_VALUE_MAX);
    }
}

/* Fills VALUE for REF, a `$key' or `$program.key' of T's node, whose
   data come from the task FROM (its parent, or itself before an
   exception program took over). */
static void
resolve_reference (struct task *t, struct task *from, int from_node,
                   const char (*from_inputs)[TASK_VALUE_MAX], const char *ref, size_t len,
                   char *value)
{
  const struct dtree *d = &t->tree->dtree;
  const char *dot = memchr (ref, '.', len);
  value[0] = '\0';
  if (dot != NULL)
    {
      reserved_output (t, ref + 1, dot - ref - 1, dot + 1, ref + len - dot - 1, value);
      if (value[0] == '\0')
        reserved_output (from, ref + 1, dot - ref - 1, dot + 1, ref + len - dot - 1, value);
      return;
    }
  int i = from != NULL ? find_datum (d, from_node, ref + 1, len - 1) : -1;
  if (i < 0)
    return;
  if (d->nodes[from_node].data[i].output)
    {
      int o = find_datum (d, from->data_node, ref + 1, len - 1);
      if (o >= 0)
        strlcpy (value, from->outputs[o], TASK_VALUE_MAX);
    }
  else
    strlcpy (value, from_inputs[i], TASK_VALUE_MAX);
}

/* The value of `?' input KEY in VALUES ("key=value\n" lines). */
static void
run_time_value (const char *values, size_t size, const char *key, size_t key_len, char *value)
{
  value[0] = '\0';
  for (const char *line = values; line != NULL && line < values + size; )
    {
      const char *end = memchr (line, '\n', values + size - line);
      size_t line_len = (end != NULL ? end : values + size) - line;
      if (line_len > key_len && line[key_len] == '=' && !memcmp (line, key, key_len))
        {
          size_t n = line_len - key_len - 1;
          n = n < TASK_VALUE_MAX - 1 ? n : TASK_VALUE_MAX - 1;
          memcpy (value, line + key_len + 1, n);
          value[n] = '\0';
        }
      line = end != NULL ? end + 1 : NULL;
    }
}

/* Fills T's inputs for its node, from literals, run-time VALUES and
   references to FROM's data. With tasks_lock held. */
static void
fill_inputs (struct task *t, struct task *from, int from_node,
             const char (*from_inputs)[TASK_VALUE_MAX], const char *values, size_t values_size)
{
  const struct dtree *d = &t->tree->dtree;
  const struct dtree_node *n = task_node (t);
  for (int i = 0; i < n->data_cnt; i++)
    {
      const struct dtree_datum *datum = &n->data[i];
      const char *text = d->text + datum->value.offset;
      size_t len = datum->value.length;
      char *value = t->inputs[i];
      if (datum->output)
        value[0] = '\0';
      else if (datum->value_kind == DTREE_REFERENCE)
        resolve_reference (t, from, from_node, from_inputs, text, len, value);
      else if (datum->value_kind == DTREE_AT_RUN_TIME)
        run_time_value (values, values_size, d->text + datum->key.offset, datum->key.length,
                        value);
      else
        {
          if (datum->type == DTREE_STRING)
            text++, len -= 2;   /* The quotes. */
          len = len < TASK_VALUE_MAX - 1 ? len : TASK_VALUE_MAX - 1;
          memcpy (value, text, len);
          value[len] = '\0';
        }
    }
}

static void task_main (void *);

/* A new task's priority: lower by one for each of its caller's penalties. */
static int
priority_for (const struct tree_run *tree)
{
  int priority = PRI_DEFAULT - (int) task_penalties_caller (tree->caller);
  return priority > PRI_MIN ? priority : PRI_MIN + 1;
}

static bool
start_thread (struct task *t)
{
  char name[16];
  snprintf (name, sizeof name, "task %d", t->id);
  return thread_create (name, priority_for (t->tree),
                        t->delegated ? task_delegate_main : task_main, t) != TID_ERROR;
}

/* A new task for NODE in MODE, started by PARENT: one of its children,
   ADMITTED and announced; NULL if PARENT has started all it may or the
   table is full. With tasks_lock held. */
struct task *
task_new_child (struct task *parent, int node, enum ipwis_mode mode)
{
  ASSERT (lock_held_by_current_thread (&tasks_lock));
  if (parent->child_cnt >= TASK_CHILDREN_MAX)
    return NULL;
  struct task *t = task_new (parent->tree, node, parent);
  if (t == NULL)
    return NULL;
  t->mode = mode;
  parent->children[parent->child_cnt++] = t->id;
  if (listener != NULL)
    listener (listener_aux, t->id, TASK_ADMITTED, "");
  return t;
}

task_id
task_start_subprogram (struct task *parent, int node, enum ipwis_mode mode,
                       const char *values, size_t values_size)
{
  struct task *t = task_new_child (parent, node, mode);
  if (t == NULL)
    return -1;
  fill_inputs (t, parent, parent->node, (const char (*)[TASK_VALUE_MAX]) parent->inputs,
               values, values_size);
  parent->requested[node] = true;
  if (!start_thread (t))
    task_set_state (t, TASK_FAILED, "no memory for its thread");
  return t->id;
}

void
task_abort_tree (struct task *t, const char *reason)
{
  lock_acquire (&tasks_lock);
  t->tree->aborted = true;
  snprintf (t->detail, sizeof t->detail, "aborted: %s", reason);
  lock_release (&tasks_lock);
  task_penalize (t, 2);
}

/* How one run of a program ended. */
enum outcome { RAN_DONE, RAN_FAILED, RAN_OVERDUE, RAN_STOPPED };

/* Runs T's export `run' in slices of fuel. */
static enum outcome
run_slices (struct task *t, struct wasm_func *run)
{
  wasm_exec_set_fuel (t->exec, FUEL_SLICE);
  enum wasm_status status = wasm_call (t->exec, run, NULL);
  while (status == WASM_OUT_OF_FUEL)
    {
      if (task_stopping (t) || task_overdue (t))
        {
          wasm_exec_abandon (t->exec);
          return task_stopping (t) ? RAN_STOPPED : RAN_OVERDUE;
        }
      wasm_exec_set_fuel (t->exec, FUEL_SLICE);
      status = wasm_resume (t->exec);
    }
  if (task_stopping (t))
    return RAN_STOPPED;
  if (t->overdue)
    return RAN_OVERDUE;
  if (status == WASM_DONE && wasm_exec_results (t->exec)[0].i32 == 0)
    return RAN_DONE;
  if (status == WASM_DONE)
    snprintf (t->detail, sizeof t->detail, "run returned %d",
              (int) wasm_exec_results (t->exec)[0].i32);
  else
    snprintf (t->detail, sizeof t->detail, "trapped: %s",
              wasm_trap_message (wasm_exec_trap (t->exec)));
  return RAN_FAILED;
}

/* Loads and runs T's current node. */
static enum outcome
run_node (struct task *t)
{
  char why[TASK_DETAIL_MAX];
  t->overdue = false;
  t->node_started = timer_ticks ();
  if (!task_load (t, why, sizeof why))
    {
      strlcpy (t->detail, why, sizeof t->detail);
      task_unload (t);
      return RAN_FAILED;
    }
  struct wasm_extern run;
  enum outcome outcome = RAN_FAILED;
  if (!wasm_instance_export (t->instance, "run", 3, &run) || run.kind != WASM_EXTERN_FUNC
      || wasm_func_param_count (run.u.func) != 0 || wasm_func_result_count (run.u.func) != 1
      || wasm_func_result_type (run.u.func, 0) != WASM_I32)
    strlcpy (t->detail, "the module exports no function run: () -> i32", sizeof t->detail);
  else
    {
      lock_acquire (&tasks_lock);
      if (t->started < 0)
        t->started = timer_ticks ();
      t->node_started = timer_ticks ();
      task_set_state (t, TASK_RUNNING, NULL);
      lock_release (&tasks_lock);
      outcome = run_slices (t, run.u.func);
    }
  task_unload (t);
  return outcome;
}

/* The exception subprogram of NODE, or -1. */
static int
exception_of (const struct dtree *d, int node)
{
  for (int i = node + 1; i < d->node_cnt; i++)
    if (d->nodes[i].parent == node && d->nodes[i].kind == DTREE_EXCEPTION)
      return i;
  return -1;
}

/* T overran its max-time: its exception program takes over, in the
   same task with its outputs, at the cost of a penalty; if it has none,
   or that overruns too, the task ends. */
static enum task_state
take_over (struct task *t)
{
  const struct dtree *d = &t->tree->dtree;
  unsigned max = task_node (t)->max_ticks;
  int exception = exception_of (d, t->node);
  task_penalize (t, 1);
  if (exception < 0)
    {
      snprintf (t->detail, sizeof t->detail, "overran its max-time of %u ticks (penalty 1)", max);
      return TASK_TIMED_OUT;
    }
  char inputs[DTREE_MAX_DATA][TASK_VALUE_MAX];
  memcpy (inputs, t->inputs, sizeof inputs);
  lock_acquire (&tasks_lock);
  int node = t->node;
  t->node = exception;
  fill_inputs (t, t, node, (const char (*)[TASK_VALUE_MAX]) inputs, NULL, 0);
  lock_release (&tasks_lock);
  enum outcome outcome = run_node (t);
  if (outcome == RAN_DONE)
    {
      snprintf (t->detail, sizeof t->detail, "overran %u ticks; exception program %.*s "
                "recovered (penalty 1)", max, d->nodes[exception].name.length,
                d->text + d->nodes[exception].name.offset);
      return TASK_DONE;
    }
  if (outcome == RAN_OVERDUE)
    {
      task_abort_tree (t, "the exception program overran its own max-time too");
      return TASK_ABORTED;
    }
  return outcome == RAN_STOPPED ? TASK_ABORTED : TASK_FAILED;
}

/* The first reserved subprogram of NODE that T never requested, or -1. */
static int
unrequested_reserved (const struct task *t, int node)
{
  const struct dtree *d = &t->tree->dtree;
  for (int i = node + 1; i < d->node_cnt; i++)
    if (d->nodes[i].parent == node && d->nodes[i].kind == DTREE_RESERVED && !t->requested[i])
      return i;
  return -1;
}

static bool
children_live (const struct task *t)
{
  for (int c = 0; c < t->child_cnt; c++)
    {
      struct task *child = task_find (t->children[c]);
      if (child != NULL && !task_state_is_final (child->state))
        return true;
    }
  return false;
}

/* Why T was stopped, unless it said so itself (abort). */
static void
describe_stop (struct task *t)
{
  if (!strncmp (t->detail, "aborted", 7))
    return;
  strlcpy (t->detail, task_stopping (t) && !t->tree->aborted ? "cancelled by its caller"
           : "aborted: its tree was aborted", sizeof t->detail);
}

static void
task_main (void *t_)
{
  struct task *t = t_;
  int node = t->node;
  enum outcome outcome = run_node (t);
  enum task_state end = outcome == RAN_DONE ? TASK_DONE
                        : outcome == RAN_FAILED ? TASK_FAILED : TASK_ABORTED;
  if (outcome == RAN_OVERDUE)
    end = take_over (t);

  lock_acquire (&tasks_lock);
  while (children_live (t))
    cond_wait (&tasks_changed, &tasks_lock);
  int missing = end == TASK_DONE && t->node == node ? unrequested_reserved (t, node) : -1;
  if (missing >= 0)
    {
      const struct dtree_node *m = &t->tree->dtree.nodes[missing];
      snprintf (t->detail, sizeof t->detail, "reserved program %.*s was not requested "
                "before its parent finished", m->name.length, t->tree->dtree.text + m->name.offset);
      end = TASK_FAILED;
    }
  if (end == TASK_ABORTED)
    describe_stop (t);
  if (end == TASK_DONE && t->detail[0] == '\0')
    strlcpy (t->detail, "finished", sizeof t->detail);
  task_set_state (t, end, NULL);
  lock_release (&tasks_lock);
}

/* Whether SIGNATURE was accepted before; if not, remembers it. */
static bool
replayed (const uint8_t signature[HMAC_SHA256_SIZE])
{
  unsigned n = seen_cnt < SEEN_TREES ? seen_cnt : SEEN_TREES;
  for (unsigned i = 0; i < n; i++)
    if (!memcmp (seen[i], signature, HMAC_SHA256_SIZE))
      return true;
  memcpy (seen[seen_cnt++ % SEEN_TREES], signature, HMAC_SHA256_SIZE);
  return false;
}

/* Parses, verifies and admits TREE's text; false with WHY if refused. */
static task_id
check_tree (struct tree_run *tree, size_t size, char *why, size_t why_size)
{
  struct dtree_error error;
  size_t key_cnt;
  const struct dtree_key *keys = callers_keys (&key_cnt);
  if (!dtree_parse (tree->text, size, &tree->dtree, &error)
      || !dtree_verify (&tree->dtree, keys, key_cnt, &error))
    {
      snprintf (why, why_size, "line %d: %s", error.line, error.message);
      return TASK_REFUSED;
    }
  const struct dtree_span c = tree->dtree.caller;
  snprintf (tree->caller, sizeof tree->caller, "%.*s", c.length, tree->text + c.offset);
  unsigned penalties = task_penalties_caller (tree->caller);
  if (penalties >= TASK_PENALTY_LIMIT)
    {
      snprintf (why, why_size, "caller %s has %u penalties: refused", tree->caller, penalties);
      return TASK_REFUSED;
    }
  struct resources r;
  resources_measure (&r);
  bool fits = resources_admit (&tree->dtree, &r, why, why_size);
  /* A tree that does not fit is not remembered unless it is delegated:
     it may be submitted again once this machine has room. */
  if (!fits && !task_delegating ())
    return TASK_DELEGATE;
  if (replayed (tree->dtree.signature))
    {
      snprintf (why, why_size, "replayed: this signed tree was submitted before");
      return TASK_REFUSED;
    }
  return fits ? 0 : TASK_DELEGATE;
}

task_id
task_submit (const char *text, size_t size, char *why, size_t why_size)
{
  if (size > DTREE_MAX_TEXT)
    {
      snprintf (why, why_size, "line 0: the tree has more than %d bytes", DTREE_MAX_TEXT);
      return TASK_REFUSED;
    }
  struct tree_run *tree = calloc (1, sizeof *tree);
  char *copy = malloc (size + 1);
  if (tree == NULL || copy == NULL)
    {
      free (tree);
      free (copy);
      snprintf (why, why_size, "no memory for the tree");
      return TASK_REFUSED;
    }
  memcpy (copy, text, size);
  copy[size] = '\0';
  tree->text = copy;
  tree->refs = 1;
  lock_acquire (&tasks_lock);
  task_id id = check_tree (tree, size, why, why_size);
  bool delegated = id == TASK_DELEGATE && task_delegating ();
  struct task *t = NULL;
  if (id == 0 || delegated)
    {
      t = task_new (tree, 0, NULL);
      id = t != NULL ? t->id : TASK_REFUSED;
      if (t == NULL)
        snprintf (why, why_size, "too many tasks at once");
    }
  if (t != NULL)
    {
      t->delegated = delegated;
      if (delegated)
        snprintf (t->detail, sizeof t->detail, "delegated: %s", why + strlen ("delegate: "));
      strlcpy (why, t->detail, why_size);
      fill_inputs (t, NULL, 0, NULL, NULL, 0);
      if (listener != NULL)
        listener (listener_aux, t->id, TASK_ADMITTED, t->detail);
      if (!start_thread (t))
        task_set_state (t, TASK_FAILED, "no memory for its thread");
    }
  tree_release (tree);
  lock_release (&tasks_lock);
  return id;
}

bool
task_lookup (task_id id, struct task_info *info)
{
  lock_acquire (&tasks_lock);
  struct task *t = task_find (id);
  if (t != NULL)
    {
      memset (info, 0, sizeof *info);
      info->id = t->id;
      info->state = t->state;
      info->submitted = t->submitted;
      info->started = t->started;
      info->finished = t->finished;
      info->penalties = t->tree->penalties;
      strlcpy (info->detail, t->detail, sizeof info->detail);
      const struct dtree *d = &t->tree->dtree;
      const struct dtree_node *n = &d->nodes[t->data_node];
      size_t len = 0;
      for (int i = 0; i < n->data_cnt; i++)
        if (t->output_set[i] && len < sizeof info->outputs)
          len += snprintf (info->outputs + len, sizeof info->outputs - len, "%.*s=%s\n",
                           n->data[i].key.length, d->text + n->data[i].key.offset,
                           t->outputs[i]);
    }
  lock_release (&tasks_lock);
  return t != NULL;
}

enum task_state
task_wait (task_id id)
{
  lock_acquire (&tasks_lock);
  struct task *t;
  while ((t = task_find (id)) != NULL && !task_state_is_final (t->state))
    cond_wait (&tasks_changed, &tasks_lock);
  enum task_state state = t != NULL ? t->state : TASK_FAILED;
  lock_release (&tasks_lock);
  return state;
}

bool
task_cancel (task_id id)
{
  lock_acquire (&tasks_lock);
  struct task *t = task_find (id);
  bool live = t != NULL && !task_state_is_final (t->state);
  if (live)
    t->cancelled = true;
  lock_release (&tasks_lock);
  return live;
}
#else
void
task_init (void)
{
}

task_id
task_submit (const char *text UNUSED, size_t size UNUSED, char *why, size_t why_size)
{
  /* TODO (ipwis): parse, verify and admit the tree, then run its root
     program as a task; see doc/ipwis.md. */
  snprintf (why, why_size, "tasks are not implemented yet");
  return TASK_REFUSED;
}

bool
task_lookup (task_id id UNUSED, struct task_info *info UNUSED)
{
  /* TODO (ipwis): report a task's state, detail and outputs. */
  return false;
}

enum task_state
task_wait (task_id id UNUSED)
{
  /* TODO (ipwis): block until the task is in a final state. */
  return TASK_FAILED;
}

bool
task_cancel (task_id id UNUSED)
{
  /* TODO (ipwis): stop the task and what it started. */
  return false;
}

void
task_set_listener (task_listener *l UNUSED, void *aux UNUSED)
{
  /* TODO (ipwis): tell L of every change of a task's state. */
}
#endif /* SOLUTION_IPWIS */
