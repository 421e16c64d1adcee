/* Kernel tests of IPWIS tasks: trees submitted through task.h as the
   runtime submits them, run from .wasm modules on the disk (assembled
   from tests/ipwis/wasm), and their ends checked. The seed's delivery
   robot in each of its four endings, a multi-step tree, and the attacks
   (doc/ipwis.md), each refused with the kernel running on. */
#include "tests/ipwis/kernel/tests.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ipwis/modes.h"
#include "ipwis/task.h"
#include "tests/ipwis/kernel/signing.h"
#include "devices/timer.h"
#ifdef SOLUTION_IPWIS
#include "ipwis/ipiis-outside.h"
#include "ipwis/ipsis.h"
#endif
#include "threads/malloc.h"

static const uint8_t alice_key[] = { 0xa1, 0x1c, 0xe0 };
static const uint8_t mallory_key[] = { 0x66, 0x6d };

/* Each tree is created a second after the last, so no two are alike
   (the same signed tree twice is a replay). */
static int created;

/* The signed text of a tree from CALLER (signed with KEY) to CALLEE,
   whose fields after `created' are REST, into TEXT (SIZE bytes). */
static void
make_tree (const char *caller, const uint8_t *key, size_t key_size, const char *callee,
           const char *rest, char *text, size_t size)
{
  char *body = malloc (size);
  if (body == NULL)
    fail ("no memory for a tree");
  snprintf (body, size, "ipwis-tree 1\ncaller %s\ncallee %s\ncreated 2026-12-03T07:%02d:%02dZ\n%s",
            caller, callee, created / 60, created % 60, rest);
  created++;
  sign_tree (body, key, key_size, text, size);
  free (body);
}

/* Submits TEXT; prints the refusal, if it is one. */
static task_id
submit_text (const char *text, size_t size)
{
  char why[128];
  task_id id = task_submit (text, size, why, sizeof why);
  if (id == TASK_REFUSED || id == TASK_DELEGATE)
    msg ("%s: %s", id == TASK_REFUSED ? "refused" : "delegated", why);
  else if (why[0] != '\0')
    msg ("task %d %s", id, why);
  return id;
}

/* The last tree submit made. */
static char last_tree[2048];

/* Submits a tree from alice. */
static task_id
submit (const char *callee, const char *rest)
{
  make_tree ("alice", alice_key, sizeof alice_key, callee, rest, last_tree, sizeof last_tree);
  return submit_text (last_tree, strlen (last_tree));
}

/* Prints task ID as the runtime reports it, one line per output. */
static void
show (task_id id)
{
  struct task_info info;
  if (!task_lookup (id, &info))
    fail ("no task %d", id);
  msg ("task %d: %s (%s)", id, task_state_name (info.state), info.detail);
  for (char *line = info.outputs; *line != '\0'; )
    {
      char *end = strchr (line, '\n');
      msg ("  output %.*s", (int) (end - line), line);
      line = end + 1;
    }
}

/* Waits for ID, then shows it and the COUNT - 1 tasks after it (its
   subprograms, which got the ids that follow it). */
static void
finish (task_id id, int count)
{
  if (id <= 0)
    fail ("the tree was not admitted");
  task_wait (id);
  for (int i = 0; i < count; i++)
    show (id + i);
}

static void
show_penalties (void)
{
  static char text[512];
  task_penalties_describe (text, sizeof text);
  for (char *line = text; *line != '\0'; )
    {
      char *end = strchr (line, '\n');
      msg ("penalties: %.*s", (int) (end - line), line);
      line = end + 1;
    }
}

/* The robot's reserved program downloads its map with an outside call.
   With no host on COM2 in these tests, the storage module (the -ipsis
   boot option) serves it from the test's disk; the kit's demo runs the
   same tree with the real host answering (src/utils/ipwis-demo). */
static void
open_door_to_storage (void)
{
#ifdef SOLUTION_IPWIS
  static bool opened;
  if (!ipsis_loaded ())
    fail ("boot with -ipsis: the robot's map comes from the storage module");
  if (!opened)
    ipiis_outside_start ();
  opened = true;
#endif
}

/* The robot's tree, with its input plan PLAN. */
static task_id
robot (const char *plan)
{
  static char rest[1024];
  open_door_to_storage ();
  snprintf (rest, sizeof rest,
            "program local:/deliver.wasm\n"
            "input plan string \"%s\"\n"
            "output receipt path local:/receipt.txt\n"
            "need memory 512\n"
            "max-time 100\n"
            "reserved fetch-map {\n"
            "  callee map-server\n"
            "  program local:/fetch.wasm\n"
            "  output map path local:/map7.bin\n"
            "  max-time 50\n"
            "}\n"
            "child apology {\n"
            "  callee messenger\n"
            "  program local:/apology.wasm\n"
            "  input customer string \"alice, late by \"\n"
            "  input delay_minutes i32 ?\n"
            "  output sent string \"nothing\"\n"
            "  max-time 50\n"
            "}\n"
            "exception recover {\n"
            "  callee delivery-robot\n"
            "  program local:/recover.wasm\n"
            "  input map path $fetch-map.map\n"
            "  input suffix string \", recovered\"\n"
            "  max-time 100\n"
            "}\n", plan);
  return submit ("delivery-robot", rest);
}

void
test_task_hello (void)
{
  task_id id = submit ("greeter", "program local:/hello.wasm\noutput greeting string \"\"\n"
                       "max-time 10\n");
  finish (id, 1);
  struct task_info info;
  task_lookup (id, &info);
  if (info.started < info.submitted || info.finished < info.started)
    fail ("submitted at tick %lld, started at %lld, finished at %lld",
          (long long) info.submitted, (long long) info.started, (long long) info.finished);
  msg ("submitted, started, finished: in that order");
}

void
test_task_robot (void)
{
  finish (robot ("on time"), 2);
}

void
test_task_robot_late (void)
{
  finish (robot ("late"), 3);
}

void
test_task_robot_stuck (void)
{
  finish (robot ("stuck"), 2);
  show_penalties ();
}

void
test_task_robot_abort (void)
{
  finish (robot ("x"), 2);
  show_penalties ();
}

/* Pushed events, recorded by the listener and printed at the end. */
static char events[1024];
static size_t events_len;

static void
record (void *aux UNUSED, task_id id, enum task_state state, const char *detail)
{
  if (events_len < sizeof events)
    events_len += snprintf (events + events_len, sizeof events - events_len, "%d %s%s%s\n",
                            id, task_state_name (state), *detail ? ": " : "", detail);
}

/* Stops recording and prints the events recorded. */
static void
show_events (void)
{
  task_set_listener (NULL, NULL);
  for (char *line = events; *line != '\0'; )
    {
      char *end = strchr (line, '\n');
      msg ("event: task %.*s", (int) (end - line), line);
      line = end + 1;
    }
  events[0] = '\0';
  events_len = 0;
}

void
test_task_steps (void)
{
  task_set_listener (record, NULL);
  task_id id = submit ("pipeline",
                       "program local:/steps.wasm\nmax-time 200\n"
                       "reserved step1 {\n  callee relay\n  program local:/relay.wasm\n"
                       "  input in string \"raw\"\n  input tag string \"+1\"\n"
                       "  output out string \"\"\n  max-time 50\n}\n"
                       "reserved step2 {\n  callee relay\n  program local:/relay.wasm\n"
                       "  input in string $step1.out\n  input tag string \"+2\"\n"
                       "  output out string \"\"\n  max-time 50\n}\n");
  finish (id, 3);
  show_events ();
}

/* A tree of one program PROGRAM (with the fields EXTRA after it). */
static task_id
single (const char *program, const char *extra)
{
  static char rest[512];
  snprintf (rest, sizeof rest, "program local:/%s\n%s", program, extra);
  return submit ("tester", rest);
}

void
test_task_timeout (void)
{
  finish (single ("spin.wasm", "max-time 20\n"), 1);
  show_penalties ();
}

void
test_task_exception_abort (void)
{
  finish (single ("spin.wasm", "max-time 20\nexception again {\n  callee tester\n"
                  "  program local:/spin.wasm\n  max-time 20\n}\n"), 1);
  show_penalties ();
}

void
test_task_cancel (void)
{
  task_id id = single ("spin.wasm", "max-time 60000\n");
  timer_sleep (5);
  show (id);
  msg ("cancel: %s", task_cancel (id) ? "yes" : "no");
  finish (id, 1);
  msg ("cancel again: %s", task_cancel (id) ? "yes" : "no");
  show_penalties ();
}

void
test_task_worker_meta (void)
{
  finish (single ("peek.wasm", "max-time 20\n"), 1);
  finish (single ("spawnw.wasm", "max-time 20\n"), 1);
  finish (single ("entrymeta.wasm", "max-time 20\n"), 1);
}

void
test_task_undeclared (void)
{
  finish (single ("ask.wasm", "output refused string \"\"\nmax-time 100\n"
                  "reserved sub {\n  callee tester\n  program local:/entrymeta.wasm\n"
                  "  max-time 20\n"
                  "  reserved deep {\n    callee tester\n    program local:/hello.wasm\n"
                  "    output greeting string \"\"\n    max-time 20\n  }\n}\n"
                  "child ghost2 {\n  callee tester\n  program local:/hello.wasm\n"
                  "  max-time 20\n}\n"), 2);
}

void
test_task_kernel_mode (void)
{
  finish (single ("halt.wasm", "max-time 20\n"), 1);
  char why[128];
  ipwis_check_imports (MODE_KERNEL, NULL, 0, why, sizeof why);
  msg ("a module in kernel mode: %s", why);
  finish (single ("hello.wasm", "output greeting string \"\"\nmax-time 20\n"), 1);
}

void
test_task_forged (void)
{
  static char text[1024];
  const char *rest = "program local:/hello.wasm\nmax-time 20\n";
  make_tree ("alice", mallory_key, sizeof mallory_key, "greeter", rest, text, sizeof text);
  msg ("alice's tree signed with another key:");
  submit_text (text, strlen (text));
  make_tree ("carol", alice_key, sizeof alice_key, "greeter", rest, text, sizeof text);
  msg ("a tree from a caller with no key:");
  submit_text (text, strlen (text));
  make_tree ("alice", alice_key, sizeof alice_key, "greeter", rest, text, sizeof text);
  memcpy (strstr (text, "max-time 20") + 9, "99", 2);
  msg ("alice's tree with its max-time altered after signing:");
  submit_text (text, strlen (text));
  make_tree ("alice", alice_key, sizeof alice_key, "greeter", rest, text, sizeof text);
  task_id first = submit_text (text, strlen (text));
  task_wait (first);
  msg ("alice's tree accepted once as task %d; the same bytes again:", first);
  submit_text (text, strlen (text));
}

void
test_task_limits (void)
{
  size_t size = 17000;
  char *text = malloc (size + 1);
  if (text == NULL)
    fail ("no memory");
  memset (text, '#', size);
  text[size] = '\0';
  msg ("a tree of %zu bytes:", size);
  submit_text (text, size);
  static char rest[1024];
  size_t n = snprintf (rest, sizeof rest, "program local:/hello.wasm\nmax-time 20\n");
  for (int depth = 1; depth <= 5; depth++)
    n += snprintf (rest + n, sizeof rest - n, "%*sreserved r%d {\n%*scallee x\n%*sprogram "
                   "local:/hello.wasm\n%*smax-time 20\n", 2 * (depth - 1), "", depth,
                   2 * depth, "", 2 * depth, "", 2 * depth, "");
  for (int depth = 5; depth >= 1; depth--)
    n += snprintf (rest + n, sizeof rest - n, "%*s}\n", 2 * (depth - 1), "");
  msg ("a tree nested 5 deep:");
  submit ("tester", rest);
  msg ("a tree with a field out of order:");
  submit ("tester", "max-time 20\nprogram local:/hello.wasm\n");
  msg ("a tree that is not text:");
  submit_text ("ipwis-tree 1\n\x01\x02\n", 16);
  msg ("a tree needing a GPU:");
  submit ("tester", "program local:/hello.wasm\nneed gpu 1\nmax-time 20\n");
  free (text);
}

void
test_task_memory (void)
{
  finish (single ("hog.wasm", "need memory 512\nmax-time 100\n"), 1);
  finish (single ("hog.wasm", "need memory 1024\nmax-time 100\n"), 1);
  finish (single ("hello.wasm", "output greeting string \"\"\nmax-time 20\n"), 1);
}

void
test_task_bad_module (void)
{
  finish (single ("hello.wat", "max-time 20\n"), 1);
  finish (single ("nothing.wasm", "max-time 20\n"), 1);
  finish (single ("floats.wasm", "max-time 20\n"), 1);
  finish (single ("hello.wasm", "output greeting string \"\"\nmax-time 20\n"), 1);
}

void
test_task_reserved_missing (void)
{
  finish (single ("hello.wasm", "output greeting string \"\"\nmax-time 20\n"
                  "reserved promised {\n  callee tester\n  program local:/fetch.wasm\n"
                  "  max-time 20\n}\n"), 1);
}

void
test_task_penalty_limit (void)
{
  static char text[512];
  for (int i = 0; i <= TASK_PENALTY_LIMIT; i++)
    {
      make_tree ("mallory", mallory_key, sizeof mallory_key, "tester",
                 "program local:/spin.wasm\nmax-time 2\n", text, sizeof text);
      task_id id = submit_text (text, strlen (text));
      if (id > 0 && task_wait (id) != TASK_TIMED_OUT)
        fail ("task %d did not time out", id);
    }
  msg ("mallory: %u penalties", task_penalties_caller ("mallory"));
  finish (single ("hello.wasm", "output greeting string \"\"\nmax-time 20\n"), 1);
}

/* A tree whose entry program grants the interrupt-mode program NAME of
   the boot's table, and waits for it. */
static task_id
grant (const char *name)
{
  static char extra[128];
  snprintf (extra, sizeof extra, "input irq string \"%s\"\nmax-time 300\n", name);
  return single ("grant.wasm", extra);
}

void
test_task_interrupt (void)
{
  finish (grant ("beep"), 2);
  msg ("an entry program that does not wait for its grant:");
  finish (single ("grantgo.wasm", "max-time 300\n"), 2);
}

void
test_task_interrupt_unknown (void)
{
  finish (grant ("nosuch"), 1);
  finish (single ("hello.wasm", "output greeting string \"\"\nmax-time 20\n"), 1);
}

void
test_task_interrupt_worker (void)
{
  finish (single ("grantw.wasm", "max-time 20\n"), 1);
  finish (grant ("beep"), 2);
}

void
test_task_interrupt_fails (void)
{
  finish (grant ("crash"), 2);
  finish (grant ("gone"), 2);
  finish (single ("hello.wasm", "output greeting string \"\"\nmax-time 20\n"), 1);
}

/* Interrupt-mode programs on the host: a stand-in for the host, which
   runs its command NAME for `interrupt NAME ARGS' and answers with its
   exit status: notify ends well, broken with status 3, garbled answers
   something else, and absent is not answered at all. */
static int
host_runs (void *aux UNUSED, const uint8_t *request, size_t size, uint8_t *reply,
           size_t reply_size)
{
  char line[160], name[16];
  snprintf (line, sizeof line, "%.*s", (int) size, (const char *) request);
  snprintf (name, sizeof name, "%.*s", (int) strcspn (line + 10, " "), line + 10);
  msg ("host: %s", line);
  if (!strcmp (name, "absent"))
    return -1;
  return snprintf ((char *) reply, reply_size, "%s", !strcmp (name, "notify") ? "exit 0"
                   : !strcmp (name, "broken") ? "exit 3" : "ran it");
}

void
test_task_interrupt_host (void)
{
  task_set_outside (host_runs, NULL);
  finish (grant ("notify"), 2);
  finish (grant ("broken"), 2);
  finish (grant ("garbled"), 2);
  finish (grant ("absent"), 2);
  msg ("a ring-3 program beside them:");
  finish (grant ("beep"), 2);
}

/* Delegation (booted with -delegate): a stand-in for the host and the
   bigger kernel behind it, answering the proxy's outside calls. It
   takes a tree in pieces and accepts it as its task 7, 8, ...; by the
   tree's callee, its task then ends after three polls (greeter), never
   ends (sleeper), is forgotten (forgetful) or its polls go unanswered
   (silent); or the tree is refused (refuser), or no host answers at all
   (nowhere). */
static struct
  {
    char tree[4096];
    size_t size;
    int pieces;
    task_id next_remote;
    char callees[8][16];        /* Of the trees taken, by remote id - 7. */
    int polls;
  }
bigger;

static int
answer_text (uint8_t *reply, size_t reply_size, const char *text)
{
  return snprintf ((char *) reply, reply_size, "%s", text);
}

/* Takes a piece of a tree, "delegate more|last OFFSET\nTEXT"; the
   answer to the last is a submit's. */
static int
bigger_take (const uint8_t *request, size_t size, uint8_t *reply, size_t reply_size)
{
  const char *head = (const char *) request;
  const char *text = memchr (head, '\n', size);
  if (text == NULL)
    return -1;
  text++;
  bool last = !strncmp (head, "delegate last ", 14);
  size_t offset = atoi (head + strlen ("delegate more "));
  if (offset != bigger.size)
    msg ("host: a piece at %zu, but %zu bytes came before it", offset, bigger.size);
  size_t piece = size - (text - head);
  memcpy (bigger.tree + bigger.size, text, piece);
  bigger.size += piece;
  bigger.pieces++;
  if (!last)
    return answer_text (reply, reply_size, "have some");
  bigger.tree[bigger.size] = '\0';
  char callee[16] = "";
  const char *field = strstr (bigger.tree, "\ncallee ");
  if (field != NULL)
    snprintf (callee, sizeof callee, "%.*s", (int) strcspn (field + 8, "\n"), field + 8);
  msg ("host: a tree from %s in %d pieces, %zu bytes, signed: %s", callee, bigger.pieces,
       bigger.size, strstr (bigger.tree, "\nsignature ") != NULL ? "yes" : "no");
  bigger.size = bigger.pieces = 0;
  if (!strcmp (callee, "nowhere"))
    return -1;
  if (!strcmp (callee, "refuser"))
    return answer_text (reply, reply_size, "refused: line 4: the signature does not match");
  task_id remote = bigger.next_remote++;
  strlcpy (bigger.callees[remote - 7], callee, sizeof bigger.callees[0]);
  bigger.polls = 0;
  return snprintf ((char *) reply, reply_size, "task %d", remote);
}

/* Answers a poll of REMOTE as the bigger kernel's runtime would. */
static int
bigger_poll (task_id remote, uint8_t *reply, size_t reply_size)
{
  const char *callee = bigger.callees[remote - 7];
  if (!strcmp (callee, "forgetful"))
    return snprintf ((char *) reply, reply_size, "no task %d", remote);
  if (!strcmp (callee, "silent"))
    return -1;
  if (!strcmp (callee, "greeter") && ++bigger.polls >= 3)
    return snprintf ((char *) reply, reply_size, "task %d done\nsubmitted 5, started 6, "
                     "finished 30\npenalties 1\ndetail finished\ngreeting=hello\n", remote);
  return snprintf ((char *) reply, reply_size, "task %d running\nsubmitted 5, started 6, "
                   "finished -1\npenalties 0\n", remote);
}

static int
bigger_kernel (void *aux UNUSED, const uint8_t *request, size_t size, uint8_t *reply,
               size_t reply_size)
{
  char line[64];
  snprintf (line, sizeof line, "%.*s", (int) size, (const char *) request);
  if (size >= 14 && !memcmp (request, "delegate ", 9))
    return bigger_take (request, size, reply, reply_size);
  if (!strncmp (line, "delegated-poll ", 15))
    return bigger_poll (atoi (line + 15), reply, reply_size);
  if (!strncmp (line, "delegated-cancel ", 17))
    {
      msg ("host: %s", line);
      return snprintf ((char *) reply, reply_size, "task %d cancelled", atoi (line + 17));
    }
  return -1;
}

/* A tree from alice to CALLEE that needs more memory than there is. */
static task_id
submit_big (const char *callee)
{
  static char rest[1536];
  int n = snprintf (rest, sizeof rest, "program local:/hello.wasm\n");
  for (int i = 0; i < 11; i++)      /* So that it goes in two pieces. */
    n += snprintf (rest + n, sizeof rest - n, "input note%02d string \"a tree longer than one "
                   "outside call can carry goes in pieces\"\n", i);
  snprintf (rest + n, sizeof rest - n, "output greeting string \"\"\nneed memory 100000\n"
            "max-time 20\n");
  return submit (callee, rest);
}

void
test_task_delegate (void)
{
  bigger.next_remote = 7;
  task_set_outside (bigger_kernel, NULL);
  task_set_listener (record, NULL);
  msg ("a tree this machine can meet runs here:");
  finish (single ("hello.wasm", "output greeting string \"\"\nmax-time 20\n"), 1);
  msg ("one that needs 100000 kB of memory runs on the bigger kernel:");
  task_id id = submit_big ("greeter");
  finish (id, 1);
  struct task_info info;
  task_lookup (id, &info);
  msg ("its penalties there: %u", info.penalties);
  show_events ();
  msg ("the bigger kernel refuses one:");
  finish (submit_big ("refuser"), 1);
  msg ("the same signed tree again is a replay, not delegated twice:");
  submit_text (last_tree, strlen (last_tree));
  msg ("no host passes one on:");
  finish (submit_big ("nowhere"), 1);
  msg ("the bigger kernel forgets one:");
  finish (submit_big ("forgetful"), 1);
  msg ("the host stops answering for one:");
  finish (submit_big ("silent"), 1);
  msg ("the caller cancels one here:");
  id = submit_big ("sleeper");
  timer_sleep (50);
  show (id);
  msg ("cancel: %s", task_cancel (id) ? "yes" : "no");
  finish (id, 1);
}
