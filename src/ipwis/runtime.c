/* The runtime's side of IPIIS: turns a caller's submit, poll, watch and
   cancel frames into calls on the task layer and its answers into reply
   frames, and writes the events pushed to a watching caller. Texts are
   in doc/ipwis.md. The daemon (ipiis.c) decides when frames go out. */
#ifdef SOLUTION_IPWIS
#include "ipwis/runtime.h"
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "ipwis/dtree.h"
#include "ipwis/ipiis.h"

/* A tree arrives in pieces, since a frame holds less than a tree may. */
static char tree[DTREE_MAX_TEXT];
static size_t tree_used;
static bool watching;

void
runtime_init (void)
{
  tree_used = 0;
  watching = false;
}

/* Whether a caller asked for pushed events. */
bool
runtime_watching (void)
{
  return watching;
}

/* Reads a task id, decimal digits and nothing else, into *ID. */
bool
runtime_parse_id (const uint8_t *text, size_t length, task_id *id)
{
  long long value = 0;
  if (length == 0 || length > 9 || text[0] == '0')
    return false;
  for (size_t i = 0; i < length; i++)
    {
      if (text[i] < '0' || text[i] > '9')
        return false;
      value = value * 10 + (text[i] - '0');
    }
  *id = value;
  return true;
}

static void
answer (struct ipiis_frame *reply, uint8_t type, const char *text)
{
  reply->type = type;
  reply->length = strnlen (text, IPIIS_MAX_PAYLOAD);
  memcpy (reply->payload, text, reply->length);
}

static void
submit (const struct ipiis_frame *request, struct ipiis_frame *reply)
{
  char text[TASK_DETAIL_MAX + 32];
  size_t piece = request->length - 1;
  if (request->length == 0 || request->payload[0] > RUNTIME_PIECE_LAST)
    {
      answer (reply, IPIIS_ERROR, "a submit starts with 0 (more follows) or 1 (the last piece)");
      return;
    }
  if (tree_used + piece > sizeof tree)
    {
      tree_used = 0;
      answer (reply, IPIIS_ERROR, "the tree is over 16384 bytes");
      return;
    }
  memcpy (tree + tree_used, request->payload + 1, piece);
  tree_used += piece;
  if (request->payload[0] == RUNTIME_PIECE_MORE)
    {
      snprintf (text, sizeof text, "have %zu bytes", tree_used);
      answer (reply, IPIIS_SUBMIT | IPIIS_REPLY, text);
      return;
    }
  char why[TASK_DETAIL_MAX] = "";
  task_id id = task_submit (tree, tree_used, why, sizeof why);
  tree_used = 0;
  if (id == TASK_REFUSED)
    answer (reply, IPIIS_ERROR, why);
  else
    {
      if (id == TASK_DELEGATE)
        snprintf (text, sizeof text, "%s", why);
      else
        snprintf (text, sizeof text, "task %d%s%s", id, why[0] != '\0' ? " " : "", why);
      answer (reply, IPIIS_SUBMIT | IPIIS_REPLY, text);
    }
}

/* "task 3 done", the ticks, penalties, detail and outputs, in TEXT. */
static void
describe (const struct task_info *info, char *text, size_t size)
{
  int n = snprintf (text, size, "task %d %s\nsubmitted %lld, started %lld, finished %lld\n"
                    "penalties %u\n", info->id, task_state_name (info->state),
                    (long long) info->submitted, (long long) info->started,
                    (long long) info->finished, info->penalties);
  if (info->detail[0] != '\0')
    n += snprintf (text + n, size - n, "detail %s\n", info->detail);
  snprintf (text + n, size - n, "%s", info->outputs);
}

/* If *TEXT begins with WORD, steps past it. */
static bool
skip (const char **text, const char *word)
{
  size_t length = strlen (word);
  if (strncmp (*text, word, length))
    return false;
  *text += length;
  return true;
}

/* At most this many digits in a number, so that it cannot overflow. */
#define NUMBER_DIGITS_MAX 18

/* Reads a decimal number, perhaps negative, at *TEXT, and steps past it. */
static bool
read_number (const char **text, long long *value)
{
  bool negative = skip (text, "-");
  const char *first = *text;
  for (*value = 0; isdigit ((unsigned char) **text) && *text - first < NUMBER_DIGITS_MAX; (*text)++)
    *value = *value * 10 + (**text - '0');
  if (*text == first || isdigit ((unsigned char) **text))
    return false;
  if (negative)
    *value = -*value;
  return true;
}

/* Reads the state name at *TEXT, up to the end of its line, into *STATE. */
static bool
read_state (const char **text, enum task_state *state)
{
  for (int s = 0; s < TASK_STATE_CNT; s++)
    {
      const char *rest = *text;
      if (skip (&rest, task_state_name (s)) && skip (&rest, "\n"))
        {
          *state = s;
          *text = rest;
          return true;
        }
    }
  return false;
}

/* Reads TEXT, a poll's reply as describe() writes it, into INFO; false
   if it is not one. Another kernel's runtime wrote it (task-delegate.c). */
bool
runtime_read_poll (const char *text, struct task_info *info)
{
  long long id, submitted, started, finished, penalties;
  memset (info, 0, sizeof *info);
  if (!skip (&text, "task ") || !read_number (&text, &id) || !skip (&text, " ")
      || !read_state (&text, &info->state)
      || !skip (&text, "submitted ") || !read_number (&text, &submitted)
      || !skip (&text, ", started ") || !read_number (&text, &started)
      || !skip (&text, ", finished ") || !read_number (&text, &finished)
      || !skip (&text, "\npenalties ") || !read_number (&text, &penalties)
      || !skip (&text, "\n")
      || id <= 0 || id > INT_MAX || penalties < 0 || penalties > UINT_MAX)
    return false;
  info->id = id;
  info->submitted = submitted;
  info->started = started;
  info->finished = finished;
  info->penalties = penalties;
  if (skip (&text, "detail "))
    {
      const char *end = strchr (text, '\n');
      if (end == NULL)
        return false;
      snprintf (info->detail, sizeof info->detail, "%.*s", (int) (end - text), text);
      text = end + 1;
    }
  snprintf (info->outputs, sizeof info->outputs, "%s", text);
  return true;
}

static void
poll_or_cancel (const struct ipiis_frame *request, struct ipiis_frame *reply)
{
  static char text[IPIIS_MAX_PAYLOAD + 1];
  static struct task_info info;
  task_id id;
  if (!runtime_parse_id (request->payload, request->length, &id))
    answer (reply, IPIIS_ERROR, "a task id is a decimal number from 1");
  else if (!task_lookup (id, &info))
    {
      snprintf (text, sizeof text, "no task %d", id);
      answer (reply, IPIIS_ERROR, text);
    }
  else if (request->type == IPIIS_POLL)
    {
      describe (&info, text, sizeof text);
      answer (reply, IPIIS_POLL | IPIIS_REPLY, text);
    }
  else
    {
      bool cancelled = task_cancel (id);
      snprintf (text, sizeof text, cancelled ? "task %d cancelled" : "task %d had finished", id);
      answer (reply, cancelled ? IPIIS_CANCEL | IPIIS_REPLY : IPIIS_ERROR, text);
    }
}

static void
watch (const struct ipiis_frame *request, struct ipiis_frame *reply)
{
  if (request->length == 3 && !memcmp (request->payload, "off", 3))
    watching = false;
  else if (request->length == 0)
    watching = true;
  else
    {
      answer (reply, IPIIS_ERROR, "watch takes nothing, or `off'");
      return;
    }
  answer (reply, IPIIS_WATCH | IPIIS_REPLY, watching ? "watching" : "not watching");
}

/* Answers REQUEST in REPLY if it is one of the runtime's messages;
   false if its type is not. */
bool
runtime_handle (const struct ipiis_frame *request, struct ipiis_frame *reply)
{
  reply->sequence = request->sequence;
  switch (request->type)
    {
    case IPIIS_SUBMIT:
      submit (request, reply);
      return true;
    case IPIIS_POLL:
    case IPIIS_CANCEL:
      poll_or_cancel (request, reply);
      return true;
    case IPIIS_WATCH:
      watch (request, reply);
      return true;
    default:
      return false;
    }
}

/* The event pushed when task ID enters STATE, in EVENT: "task 3 done",
   then ": DETAIL" if there is one. Sequence 0: it answers nothing. */
void
runtime_event_frame (task_id id, enum task_state state, const char *detail,
                     struct ipiis_frame *event)
{
  char text[TASK_DETAIL_MAX + 32];
  snprintf (text, sizeof text, "task %d %s%s%s", id, task_state_name (state),
            detail != NULL && detail[0] != '\0' ? ": " : "", detail != NULL ? detail : "");
  answer (event, IPIIS_EVENT, text);
  event->sequence = 0;
}
#endif /* SOLUTION_IPWIS */
