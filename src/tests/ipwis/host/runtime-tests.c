/* Host unit tests of the runtime's messages (src/ipwis/runtime.c), with a
   stand-in task layer: a tree submitted in pieces reaches task_submit
   whole and its id comes back; a refusal is an error and "delegate" an
   answer; poll reports state, penalties and outputs; cancel ends a live
   task only; watch turns events on and off; events read as documented;
   bad ids and bad submits are refused; a poll's text reads back as the
   task it describes, and text that is not one is not read. Prints
   "pass runtime/NAME". */
#ifdef SOLUTION_IPWIS
#include <stdio.h>
#include <string.h>
#include "report.h"
#include "ipwis/ipiis.h"
#include "ipwis/runtime.h"
#include "ipwis/dtree.h"

/* The stand-in task layer: the tree it was given, one task (id 7). */
static char submitted[DTREE_MAX_TEXT];
static size_t submitted_size;
static enum task_state state7 = TASK_RUNNING;

task_id
task_submit (const char *text, size_t size, char *why, size_t why_size)
{
  memcpy (submitted, text, size);
  submitted_size = size;
  if (strstr (text, "gpu"))
    return snprintf (why, why_size, "delegate: the root needs 1 GPUs and this machine has 0"),
           TASK_DELEGATE;
  if (strstr (text, "forged"))
    return snprintf (why, why_size, "the signature does not match"), TASK_REFUSED;
  return 7;
}

const char *
task_state_name (enum task_state s)
{
  static const char *names[] = { "admitted", "running", "waiting", "done", "failed",
                                 "timed out", "aborted" };
  return names[s];
}

bool
task_lookup (task_id id, struct task_info *info)
{
  if (id != 7)
    return false;
  *info = (struct task_info) { 7, state7, 10, 12, -1, 1, "late", "receipt=local:/r/42\n" };
  return true;
}

bool
task_cancel (task_id id)
{
  if (id != 7 || task_state_is_final (state7))
    return false;
  state7 = TASK_ABORTED;
  return true;
}

static struct ipiis_frame request, reply;

/* Sends a request of TYPE with the SIZE bytes of PAYLOAD; returns the
   reply's payload as text, "error: " first if it is an error. */
static const char *
ask (uint8_t type, const void *payload, size_t size)
{
  static char text[IPIIS_MAX_PAYLOAD + 16];
  request = (struct ipiis_frame) { type, 9, size, { 0 } };
  memcpy (request.payload, payload, size);
  if (!runtime_handle (&request, &reply))
    return "not handled";
  if (reply.sequence != 9)
    return "wrong sequence";
  snprintf (text, sizeof text, "%s%.*s", reply.type == IPIIS_ERROR ? "error: "
            : reply.type == (type | IPIIS_REPLY) ? "" : "wrong type: ",
            (int) reply.length, (const char *) reply.payload);
  return text;
}

/* Submits TEXT in pieces of at most PIECE bytes; the last reply's text. */
static const char *
submit (const char *text, size_t piece)
{
  static uint8_t payload[IPIIS_MAX_PAYLOAD];
  size_t size = strlen (text), sent = 0;
  const char *answer;
  do
    {
      size_t n = size - sent < piece ? size - sent : piece;
      payload[0] = sent + n == size ? RUNTIME_PIECE_LAST : RUNTIME_PIECE_MORE;
      memcpy (payload + 1, text + sent, n);
      answer = ask (IPIIS_SUBMIT, payload, n + 1);
      sent += n;
    }
  while (sent < size);
  return answer;
}

static void
test_submit (void)
{
  static char tree[3000];
  for (size_t i = 0; i + 1 < sizeof tree; i++)
    tree[i] = 'a' + i % 26;
  report_match ("submit-pieces", submit (tree, 1000), "task 7", NULL);
  report ("submit-whole-text", submitted_size == strlen (tree)
          && !memcmp (submitted, tree, submitted_size), "the tree was not passed on whole");
  report_match ("submit-refused", submit ("forged", 1000), "error: the signature", NULL);
  report_match ("submit-delegate", submit ("need gpu 1", 1000), "delegate: the root", NULL);
  report_match ("submit-bad-flag", ask (IPIIS_SUBMIT, "\x05x", 2), "error: a submit starts", NULL);
  static char big[IPIIS_MAX_PAYLOAD];
  big[0] = RUNTIME_PIECE_MORE;
  for (int i = 0; i < 16; i++)
    ask (IPIIS_SUBMIT, big, sizeof big);
  report_match ("submit-too-big", ask (IPIIS_SUBMIT, big, sizeof big), "error: the tree is over",
                NULL);
  report_match ("submit-after-too-big", submit ("fine", 1000), "task 7", NULL);
}

static void
test_poll_cancel (void)
{
  report_match ("poll", ask (IPIIS_POLL, "7", 1),
                "task 7 running\nsubmitted 10, started 12, finished -1\npenalties 1\n"
                "detail late\nreceipt=local:/r/42\n", NULL);
  report_match ("poll-unknown", ask (IPIIS_POLL, "8", 1), "error: no task 8", NULL);
  report_match ("poll-bad-id", ask (IPIIS_POLL, "07", 2), "error: a task id", NULL);
  report_match ("poll-not-a-number", ask (IPIIS_POLL, "7x", 2), "error: a task id", NULL);
  report_match ("cancel", ask (IPIIS_CANCEL, "7", 1), "task 7 cancelled", NULL);
  report_match ("cancel-again", ask (IPIIS_CANCEL, "7", 1), "error: task 7 had finished", NULL);
  report_match ("poll-cancelled", ask (IPIIS_POLL, "7", 1), "task 7 aborted", NULL);
}

/* Whether TEXT reads back as a poll, and as what. */
static const char *
read_back (const char *text)
{
  static char summary[TASK_DETAIL_MAX + TASK_OUTPUTS_MAX + 96];
  struct task_info info;
  if (!runtime_read_poll (text, &info))
    return "not a poll";
  snprintf (summary, sizeof summary, "%d %s %lld %lld %lld %u [%s] [%s]", info.id,
            task_state_name (info.state), (long long) info.submitted, (long long) info.started,
            (long long) info.finished, info.penalties, info.detail, info.outputs);
  return summary;
}

static void
test_read_poll (void)
{
  state7 = TASK_TIMED_OUT;
  report_match ("read-poll", read_back (ask (IPIIS_POLL, "7", 1)),
                "7 timed out 10 12 -1 1 [late] [receipt=local:/r/42\n]", NULL);
  report_match ("read-poll-no-detail", read_back ("task 12 done\nsubmitted 1, started 2, "
                "finished 3\npenalties 0\n"), "12 done 1 2 3 0 [] []", NULL);
  static const struct { const char *name, *text; } refused[] =
    {
      { "read-poll-error", "no task 8" },
      { "read-poll-bad-state", "task 7 sleeping\nsubmitted 1, started 2, finished 3\n"
        "penalties 0\n" },
      { "read-poll-cut", "task 7 done\nsubmitted 1, started 2, finished 3\npenalties 0\n"
        "detail unended" },
      { "read-poll-bad-number", "task 7 done\nsubmitted x, started 2, finished 3\n"
        "penalties 0\n" },
      { "read-poll-huge-number", "task 7 done\nsubmitted 1234567890123456789012, started 2, "
        "finished 3\npenalties 0\n" },
      { "read-poll-negative", "task 7 done\nsubmitted 1, started 2, finished 3\n"
        "penalties -4\n" },
      { "read-poll-bad-id", "task 0 done\nsubmitted 1, started 2, finished 3\npenalties 0\n" },
    };
  for (size_t i = 0; i < sizeof refused / sizeof *refused; i++)
    report_match (refused[i].name, read_back (refused[i].text), "not a poll", NULL);
}

static void
test_watch (void)
{
  bool off = !runtime_watching ();
  report_match ("watch", ask (IPIIS_WATCH, "", 0), "watching", NULL);
  bool on = runtime_watching ();
  report_match ("watch-off", ask (IPIIS_WATCH, "off", 3), "not watching", NULL);
  report ("watch-flag", off && on && !runtime_watching (), "runtime_watching is wrong");
  report_match ("watch-bad", ask (IPIIS_WATCH, "on", 2), "error: watch takes", NULL);
  struct ipiis_frame event;
  runtime_event_frame (3, TASK_TIMED_OUT, "max-time 500 passed", &event);
  report ("event", event.type == IPIIS_EVENT && event.sequence == 0 && event.length == 37
          && !memcmp (event.payload, "task 3 timed out: max-time 500 passed", 37),
          "the event frame is wrong");
  report_match ("other-types", ask (IPIIS_ECHO, "x", 1), "not handled", NULL);
}

int
main (void)
{
  report_group ("runtime");
  runtime_init ();
  test_submit ();
  test_poll_cancel ();
  test_read_poll ();
  test_watch ();
  return report_status ();
}
#else
#include <stdio.h>

int
main (void)
{
  /* TODO (ipwis): the runtime's messages (src/ipwis/runtime.c); see doc/ipwis.md. */
  printf ("FAIL runtime/messages: there is no runtime yet\n");
  return 1;
}
#endif /* SOLUTION_IPWIS */
