/* Delegation: the seed's hand-off of a tree this machine cannot meet to
   a kernel that can. Booted with -delegate, the kernel does not answer
   such a tree with "delegate: ..."; it gives the caller a task id as for
   any tree, and the task's thread is a proxy. It passes the tree's
   signed text through the door out (outside calls, which the host hands
   to the bigger kernel's IPIIS: src/utils/delegate.py), then asks after
   the task it became there every DELEGATE_POLL_TICKS, until that task
   ends, and takes on its end: state, detail, penalties and outputs. So
   the caller polls and watches this kernel only, and a cancel here is
   passed on. If the host leaves a few polls in a row unanswered, the
   proxy gives up. The words of the calls are in doc/ipwis.md. */
#ifdef SOLUTION_IPWIS
#include "ipwis/task-internal.h"
#include <stdio.h>
#include <string.h>
#include "devices/timer.h"
#include "ipwis/ipiis-frame.h"
#include "ipwis/runtime.h"
#include "threads/malloc.h"

/* How often a proxy asks after its remote task, and how many polls in
   a row may go unanswered before it gives up. */
#define DELEGATE_POLL_TICKS 10
#define DELEGATE_MISSES 3
/* Bytes of the tree in one outside call: a frame, less the first line. */
#define DELEGATE_PIECE (IPIIS_MAX_PAYLOAD - 32)

static bool enabled;
/* One tree's pieces at a time, so that two proxies' never mix. */
static struct lock handing_over;

void
task_delegate_enable (void)
{
  lock_init (&handing_over);
  enabled = true;
}

bool
task_delegating (void)
{
  return enabled;
}

/* A proxy's room for its calls: too big for a thread's stack. */
struct proxy
  {
    struct task *task;
    task_id remote;             /* Its id on the bigger kernel. */
    char request[IPIIS_MAX_PAYLOAD];
    char reply[IPIIS_MAX_PAYLOAD + 1];
    struct task_info info;
  };

/* An outside call of SIZE bytes of P's request; the reply, NUL-ended,
   in P's reply. Returns false if the host did not answer. */
static bool
ask (struct proxy *p, size_t size)
{
  int n = task_call_outside ((const uint8_t *) p->request, size, (uint8_t *) p->reply,
                             IPIIS_MAX_PAYLOAD);
  p->reply[n > 0 ? n : 0] = '\0';
  return n >= 0;
}

/* P's reply as far as its first newline, after PREFIX, into DETAIL: the
   host's words must not pass for more lines of this kernel's reports. */
static void
quote_reply (struct proxy *p, const char *prefix, char *detail, size_t detail_size)
{
  snprintf (detail, detail_size, "%s%.*s", prefix, (int) strcspn (p->reply, "\n"), p->reply);
}

/* Sends the tree's pieces, each "delegate more OFFSET" but the last,
   "delegate last OFFSET". Returns false, with why in DETAIL, if the
   host did not take one or the caller cancelled meanwhile. */
static bool
send_pieces (struct proxy *p, char *detail, size_t detail_size)
{
  const char *text = p->task->tree->text;
  size_t size = strlen (text), sent = 0;
  do
    {
      size_t piece = size - sent < DELEGATE_PIECE ? size - sent : DELEGATE_PIECE;
      bool last = sent + piece == size;
      int head = snprintf (p->request, sizeof p->request, "delegate %s %zu\n",
                           last ? "last" : "more", sent);
      memcpy (p->request + head, text + sent, piece);
      if (task_stopping (p->task))
        {
          strlcpy (detail, "cancelled by its caller", detail_size);
          return false;
        }
      if (!ask (p, head + piece))
        {
          snprintf (detail, detail_size, "not delegated: the host passes trees to no bigger "
                    "kernel (skiff-ipwis --delegate-to)");
          return false;
        }
      sent += piece;
    }
  while (sent < size);
  return true;
}

/* Hands the tree over: the answer to its last piece is the bigger
   kernel's to a submit. Returns the task id there, or 0 with why in
   DETAIL. */
static task_id
hand_over (struct proxy *p, char *detail, size_t detail_size)
{
  lock_acquire (&handing_over);
  bool sent = send_pieces (p, detail, detail_size);
  lock_release (&handing_over);
  if (!sent)
    return 0;
  task_id remote;
  const char *id = p->reply + strlen ("task ");
  if (strncmp (p->reply, "task ", 5) || !runtime_parse_id ((const uint8_t *) id,
                                                           strcspn (id, " "), &remote))
    {
      quote_reply (p, "the bigger kernel did not take it: ", detail, detail_size);
      return 0;
    }
  return remote;
}

/* Takes on the end of the remote task, as P's info has it. */
static enum task_state
take_end (struct proxy *p, char *detail, size_t detail_size)
{
  struct task *t = p->task;
  for (char *line = p->info.outputs; *line != '\0'; )
    {
      char *end = strchr (line, '\n');
      char *equals = memchr (line, '=', end != NULL ? (size_t) (end - line) : strlen (line));
      if (end == NULL || equals == NULL)
        break;
      task_set_output (t, (uint8_t *) line, equals - line, (uint8_t *) equals + 1,
                       end - equals - 1);
      line = end + 1;
    }
  lock_acquire (&tasks_lock);
  t->tree->penalties = p->info.penalties;
  lock_release (&tasks_lock);
  strlcpy (detail, p->info.detail, detail_size);
  return p->info.state;
}

/* Asks after the remote task until it ends, the caller cancels, or the
   host stops answering. */
static enum task_state
follow (struct proxy *p, char *detail, size_t detail_size)
{
  for (int misses = 0; misses < DELEGATE_MISSES; )
    {
      timer_sleep (DELEGATE_POLL_TICKS);
      if (task_stopping (p->task))
        {
          ask (p, snprintf (p->request, sizeof p->request, "delegated-cancel %d", p->remote));
          strlcpy (detail, "cancelled by its caller", detail_size);
          return TASK_ABORTED;
        }
      if (!ask (p, snprintf (p->request, sizeof p->request, "delegated-poll %d", p->remote)))
        {
          misses++;
          continue;
        }
      misses = 0;
      if (!runtime_read_poll (p->reply, &p->info))
        {
          quote_reply (p, "the bigger kernel lost it: ", detail, detail_size);
          return TASK_FAILED;
        }
      if (task_state_is_final (p->info.state))
        return take_end (p, detail, detail_size);
    }
  snprintf (detail, detail_size, "lost: the host left %d polls in a row unanswered",
            DELEGATE_MISSES);
  return TASK_FAILED;
}

/* The proxy's thread: hands the tree over, then follows it. */
void
task_delegate_main (void *t_)
{
  char detail[TASK_DETAIL_MAX];
  enum task_state end = TASK_FAILED;
  struct proxy *p = calloc (1, sizeof *p);
  if (p == NULL)
    strlcpy (detail, "not delegated: no memory for the proxy", sizeof detail);
  else
    {
      p->task = t_;
      p->remote = hand_over (p, detail, sizeof detail);
      if (p->remote == 0 && task_stopping (p->task))
        end = TASK_ABORTED;
    }
  if (p != NULL && p->remote > 0)
    {
      snprintf (detail, sizeof detail, "delegated to a bigger kernel as its task %d", p->remote);
      lock_acquire (&tasks_lock);
      p->task->started = timer_ticks ();
      task_set_state (p->task, TASK_RUNNING, detail);
      lock_release (&tasks_lock);
      end = follow (p, detail, sizeof detail);
    }
  lock_acquire (&tasks_lock);
  task_set_state (t_, end, detail);
  lock_release (&tasks_lock);
  free (p);
}
#endif /* SOLUTION_IPWIS */
