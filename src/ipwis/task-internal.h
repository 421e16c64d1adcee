/* What the files of the task layer share (task.c: the table, states and
   the run of a task; task-load.c: finding, approving and linking a
   program; task-imports.c: the ipwis imports; task-interrupt.c: the
   ring-3 processes entry programs grant; task-delegate.c: trees run by
   a bigger kernel; task-penalty.c). */
#ifdef SOLUTION_IPWIS
#ifndef IPWIS_TASK_INTERNAL_H
#define IPWIS_TASK_INTERNAL_H

#include "ipwis/task.h"
#include "ipwis/dtree.h"
#include "ipwis/engine-memory.h"
#include "ipwis/interrupts.h"
#include "ipwis/modes.h"
#include "ipwis/wasm/wasm.h"
#include "threads/synch.h"

/* Bytes of one input or output value, its terminating NUL included. */
#define TASK_VALUE_MAX 64
/* Subprograms one task may have started. */
#define TASK_CHILDREN_MAX 8

/* One submitted tree, shared by the tasks that run its programs. */
struct tree_run
  {
    int refs;                   /* Tasks using it. */
    char *text;                 /* A copy of the text; DTREE's spans point here. */
    struct dtree dtree;
    char caller[32];            /* The caller's name, NUL-ended. */
    bool aborted;               /* Someone called abort: every task stops. */
    unsigned penalties;         /* Earned by its programs. */
  };

/* One program running as a task. The caller's task id is the root's;
   each subprogram a task requests is a task of its own, whose id is
   the handle the requester gets. */
struct task
  {
    task_id id;
    enum task_state state;
    struct tree_run *tree;
    int node;                   /* Index in tree->dtree.nodes. */
    int data_node;              /* The node whose outputs it sets: its own,
                                   or the parent's for an exception program. */
    enum ipwis_mode mode;
    struct task *parent;        /* The task that requested it, or NULL. */
    task_id children[TASK_CHILDREN_MAX];
    int child_cnt;
    bool requested[DTREE_MAX_NODES];    /* Subprograms requested, by node. */
    bool cancelled;
    int64_t submitted, started, finished, node_started;
    char detail[TASK_DETAIL_MAX];
    char inputs[DTREE_MAX_DATA][TASK_VALUE_MAX];  /* By datum index of the node. */
    char outputs[DTREE_MAX_DATA][TASK_VALUE_MAX];
    bool output_set[DTREE_MAX_DATA];
    /* The running program. */
    struct engine_memory memory;
    struct wasm_module *module;
    struct wasm_instance *instance;
    struct wasm_exec *exec;
    struct wasm_func *imports[24];
    int import_cnt;
    bool overdue;               /* Its max-time passed while it waited. */
    bool delegated;             /* Its tree runs on a bigger kernel. */
  };

/* Every task's state lives under this lock; TASKS_CHANGED is broadcast
   on every change of state. */
extern struct lock tasks_lock;
extern struct condition tasks_changed;

const struct dtree_node *task_node (const struct task *);
struct task *task_find (task_id);       /* With tasks_lock held. */
void task_set_state (struct task *, enum task_state, const char *detail);
bool task_stopping (const struct task *);
bool task_overdue (const struct task *);
struct task *task_new_child (struct task *parent, int node, enum ipwis_mode);
task_id task_start_subprogram (struct task *parent, int node, enum ipwis_mode,
                               const char *values, size_t values_size);
void task_abort_tree (struct task *, const char *reason);

/* task-load.c */
bool task_load (struct task *, char *why, size_t why_size);
void task_unload (struct task *);

/* task-imports.c */
bool task_link (struct task *, struct wasm_extern *imports, size_t import_cnt,
                char *why, size_t why_size);
int task_call_outside (const uint8_t *request, size_t size, uint8_t *reply, size_t reply_size);
bool task_set_output (struct task *, const uint8_t *key, size_t key_len,
                      const uint8_t *value, size_t value_len);

/* task-interrupt.c */
void task_interrupt_init (void);
task_id task_start_interrupt (struct task *parent, const struct interrupt_program *,
                              const char *args, size_t args_len);

/* task-delegate.c */
bool task_delegating (void);
void task_delegate_main (void *task);

/* task-penalty.c */
void task_penalty_init (void);
void task_penalize (struct task *, unsigned count);

#endif /* ipwis/task-internal.h */
#endif /* SOLUTION_IPWIS */
