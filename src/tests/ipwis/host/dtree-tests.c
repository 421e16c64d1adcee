/* Host unit tests of the dependency trees (src/ipwis/dtree*.c): a good
   tree parses and verifies, its canonical form is its text without
   comments, blank lines and signature, and every kind of bad tree is
   refused with the right line and reason: malformed, oversized, too deep,
   unsigned, forged, altered, with dangling references or insane limits.
   Prints "pass dtree/NAME" or "FAIL dtree/NAME: why" per case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report.h"
#include "ipwis/dtree.h"


static const uint8_t alice_key[] = "alice's secret key";
static const uint8_t mallory_key[] = "mallory's key";
static const struct dtree_key keys[] =
  {
    { "alice", alice_key, sizeof alice_key - 1 },
    { "bob", (const uint8_t *) "bob's key", 9 },
  };

/* The seed's delivery robot, unsigned. */
static const char robot[] =
  "ipwis-tree 1\n"
  "# A delivery robot's run: fetch the map, deliver, apologise if late.\n"
  "caller alice\n"
  "callee delivery-robot\n"
  "created 2026-12-03T07:00:00Z\n"
  "program local:/programs/deliver.wasm\n"
  "input order path ipiis:/orders/42.txt\n"
  "input eta_minutes i32 25\n"
  "input weight_kg f64 1.25e0\n"
  "input fragile bool true\n"
  "input serial i64 -9223372036854775808\n"
  "output receipt path local:/receipts/42.txt\n"
  "need cpu 10\n"
  "need memory 256\n"
  "max-time 3000\n"
  "\n"
  "reserved fetch-map {\n"
  "  callee map-server\n"
  "  program ipiis:/programs/fetch.wasm\n"
  "  input region string \"district \\\"7\\\"\"\n"
  "  output map path local:/maps/district-7.bin\n"
  "  max-time 500\n"
  "}\n"
  "child apology {\n"
  "  callee messenger\n"
  "  program local:/programs/apologise.wasm\n"
  "  input customer string \"alice\"\n"
  "  input delay_minutes i32 ?\n"
  "  max-time 200\n"
  "}\n"
  "exception recover {\n"
  "  callee delivery-robot\n"
  "  program local:/programs/recover.wasm\n"
  "  input map path $fetch-map.map\n"
  "  input order path $order\n"
  "  max-time 1000\n"
  "}\n";

/* TEXT's lines without comments and blank lines: what a signer signs. */
static size_t
signed_part (const char *text, char *out)
{
  size_t n = 0;
  for (const char *line = text; *line != '\0'; )
    {
      const char *end = strchr (line, '\n') + 1;
      if (*line != '\n' && *line != '#')
        {
          memcpy (out + n, line, end - line);
          n += end - line;
        }
      line = end;
    }
  return n;
}

/* TEXT with a signature line under KEY appended, in a new string. */
static char *
sign (const char *text, const uint8_t *key, size_t key_size)
{
  size_t length = strlen (text);
  char *out = malloc (2 * length + 100);
  size_t n = signed_part (text, out);
  uint8_t mac[HMAC_SHA256_SIZE];
  hmac_sha256 (key, key_size, out, n, mac);
  memcpy (out, text, length);
  length += sprintf (out + length, "signature ");
  for (int i = 0; i < HMAC_SHA256_SIZE; i++)
    length += sprintf (out + length, "%02x", mac[i]);
  strcpy (out + length, "\n");
  return out;
}

static char *
sign_alice (const char *text)
{
  return sign (text, alice_key, sizeof alice_key - 1);
}

/* TEXT with its first FIND replaced by REPLACE, in a new string. */
static char *
replace (const char *text, const char *find, const char *with)
{
  const char *at = strstr (text, find);
  if (at == NULL)
    {
      fprintf (stderr, "dtree-tests: `%s` is not in the tree\n", find);
      exit (2);
    }
  char *out = malloc (strlen (text) + strlen (with) + 1);
  sprintf (out, "%.*s%s%s", (int) (at - text), text, with, at + strlen (find));
  return out;
}

static struct dtree tree;

/* Parses and verifies TEXT; returns NULL if accepted, else the refusal
   as "line N: message" in a static buffer. */
static const char *
judge (const char *text)
{
  static char verdict[200];
  struct dtree_error error;
  if (dtree_parse (text, strlen (text), &tree, &error)
      && dtree_verify (&tree, keys, sizeof keys / sizeof *keys, &error))
    return NULL;
  snprintf (verdict, sizeof verdict, "line %d: %s", error.line, error.message);
  return verdict;
}

/* Case NAME: TEXT must be refused with a verdict starting "line LINE:"
   and containing WANT. */
static void
expect_refused (const char *name, const char *text, int line, const char *want)
{
  const char *got = judge (text);
  char prefix[32], why[400];
  snprintf (prefix, sizeof prefix, "line %d: ", line);
  bool ok = got != NULL && !strncmp (got, prefix, strlen (prefix)) && strstr (got, want) != NULL;
  snprintf (why, sizeof why, "got \"%s\", want \"%s...%s\"", got ? got : "accepted", prefix, want);
  report (name, ok, why);
}

static void
test_good_tree (void)
{
  char *text = sign_alice (robot);
  const char *got = judge (text);
  report ("good-tree", got == NULL, got ? got : "");
  report ("good-tree-shape", got == NULL && tree.node_cnt == 4 && tree.nodes[0].data_cnt == 6
          && tree.nodes[1].kind == DTREE_RESERVED && tree.nodes[3].kind == DTREE_EXCEPTION
          && tree.nodes[3].max_ticks == 1000 && tree.nodes[0].needs[DTREE_MEMORY] == 256
          && tree.created == 1796281200, "the parsed fields are wrong");

  char canonical[4096], expected[4096];
  size_t length = dtree_canonical_text (&tree, canonical, sizeof canonical);
  size_t want = signed_part (robot, expected);
  expected[want] = '\0';
  report ("canonical-form", length == want && !strcmp (canonical, expected),
          "the canonical form is not the text without comments, blank lines and signature");
  report ("canonical-too-small", dtree_canonical_text (&tree, canonical, 10) == want
          && !memcmp (canonical, expected, 10), "a short buffer gets a wrong prefix or length");
  free (text);
}

static void
test_signatures (void)
{
  char *forged = sign (robot, mallory_key, sizeof mallory_key - 1);
  expect_refused ("forged", forged, 38, "the signature does not match");
  free (forged);

  char *good = sign_alice (robot);
  char *changed = replace (good, "eta_minutes i32 25", "eta_minutes i32 26");
  expect_refused ("altered-value", changed, 38, "the signature does not match");
  free (changed);
  changed = replace (good, "max-time 1000", "max-time 9000");
  expect_refused ("altered-exception-time", changed, 38, "the signature does not match");
  free (changed);
  changed = replace (good, "# A delivery", "# Any comment may change: a delivery");
  report ("comment-not-signed", judge (changed) == NULL, "changing a comment broke the signature");
  free (changed);

  char *bob_as_carol = replace (good, "caller alice", "caller carol");
  expect_refused ("unknown-caller", bob_as_carol, 0, "caller `carol` has no key registered");
  free (bob_as_carol);
  char *as_bob = replace (good, "caller alice", "caller bob");
  expect_refused ("signed-by-another", as_bob, 38, "not signed with bob's key");
  free (as_bob);
  expect_refused ("unsigned", robot, 0, "no `signature` line");
  free (good);
}

/* Every byte of the signed part, changed, makes the tree fail: it no
   longer parses or no longer verifies. */
static void
test_every_byte_altered (void)
{
  char *good = sign_alice (robot);
  size_t length = strlen (good);
  int accepted = -1;
  for (size_t i = 0; i < length && accepted < 0; i++)
    {
      bool in_comment = false;
      for (size_t j = i; j > 0 && good[j - 1] != '\n'; j--)
        in_comment = good[j - 1] == '#';
      if (in_comment || good[i] == '#' || good[i] == '\n')
        continue;
      for (const char *c = "x0 A"; *c != '\0'; c++)
        if (*c != good[i])
          {
            char saved = good[i];
            good[i] = *c;
            if (judge (good) == NULL)
              accepted = i;
            good[i] = saved;
          }
    }
  char why[64];
  snprintf (why, sizeof why, "a change at byte %d was accepted", accepted);
  report ("every-byte-altered", accepted < 0, why);
  free (good);
}

/* Every prefix of a good tree is refused, and none crashes. */
static void
test_truncated (void)
{
  char *good = sign_alice (robot);
  size_t length = strlen (good);
  bool ok = true;
  struct dtree_error error;
  for (size_t n = 0; n < length; n++)
    {
      char *prefix = malloc (n + 1);
      memcpy (prefix, good, n);
      ok &= !dtree_parse (prefix, n, &tree, &error);
      free (prefix);
    }
  report ("truncated", ok, "a truncated tree was accepted");
  free (good);
}

static const char small_root[] =
  "ipwis-tree 1\ncaller alice\ncallee x\ncreated 2026-01-01T00:00:00Z\n"
  "program local:/x\nmax-time 10\n";

struct malformed
  {
    const char *name, *find, *with;
    int line;
    const char *want;
  };

/* Changes to the robot, each refused on LINE for a reason containing WANT.
   The trees are signed after the change, so only the flaw is at fault. */
static const struct malformed malformed[] =
  {
    { "bad-header", "ipwis-tree 1", "ipwis-tree 2", 1, "first line must be" },
    { "unknown-field", "need cpu 10", "want cpu 10", 13, "unknown field `want`" },
    { "out-of-order", "need cpu 10\nneed memory 256", "need memory 256\nneed cpu 10", 14,
      "`need cpu` must come before `need memory`" },
    { "twice", "callee delivery-robot\n", "callee delivery-robot\ncallee x\n", 5,
      "may come only once" },
    { "missing-program", "program local:/programs/deliver.wasm\n", "", 6,
      "`program` is missing" },
    { "missing-max-time", "  max-time 200\n", "", 29, "`max-time` is missing" },
    { "double-space", "input eta_minutes i32 25", "input eta_minutes  i32 25", 8,
      "takes a key, a type and a value" },
    { "trailing-space", "max-time 3000\n", "max-time 3000 \n", 15, "ends in a space" },
    { "tab", "need cpu 10", "need\tcpu 10", 13, "printable ASCII" },
    { "crlf", "need cpu 10\n", "need cpu 10\r\n", 13, "printable ASCII" },
    { "bad-indent", "  callee map-server", "   callee map-server", 18, "indented by 3" },
    { "bad-close-indent", "  max-time 500\n}", "  max-time 500\n  }", 23, "indented by 2" },
    { "unclosed", "  max-time 1000\n}\n", "  max-time 1000\n", 37, "indented by 0 spaces where 2" },
    { "stray-close", "max-time 3000\n", "max-time 3000\n}\n", 16, "without a subprogram" },
    { "bad-name", "callee delivery-robot", "callee Delivery", 4, "a callee is" },
    { "bad-key", "input order path", "input 9order path", 7, "a key is" },
    { "bad-type", "input eta_minutes i32 25", "input eta_minutes int 25", 8, "the type must be" },
    { "bad-i32", "input eta_minutes i32 25", "input eta_minutes i32 2147483648", 8,
      "not a value of type i32" },
    { "bad-i64", "i64 -9223372036854775808", "i64 -9223372036854775809", 11,
      "not a value of type i64" },
    { "leading-zero", "input eta_minutes i32 25", "input eta_minutes i32 025", 8,
      "not a value of type i32" },
    { "bad-f64", "f64 1.25e0", "f64 1.", 9, "not a value of type f64" },
    { "bad-bool", "bool true", "bool yes", 10, "not a value of type bool" },
    { "bad-string", "string \"alice\"", "string \"al\"ice\"", 27, "not a value of type string" },
    { "bad-escape", "string \"alice\"", "string \"al\\ice\"", 27, "not a value of type string" },
    { "bad-path", "path ipiis:/orders/42.txt", "path ipiis:/orders/../42.txt", 7,
      "not a value of type path" },
    { "bad-scheme", "program local:/programs/deliver.wasm", "program http://x/y", 6,
      "takes a path" },
    { "bad-time", "2026-12-03T07:00:00Z", "2026-02-29T07:00:00Z", 5, "UTC time" },
    { "bad-reference", "$order", "$Order", 35, "a reference is" },
    { "caller-in-sub", "  callee map-server\n", "  caller bob\n", 18, "only the root" },
    { "exception-twice", "  max-time 1000\n}\n", "  max-time 1000\n}\nexception again {\n", 38,
      "may come only once" },
    { "reserved-after-child", "child apology {", "child apology {\n  callee x\n"
      "  program local:/x\n  max-time 1\n}\nreserved late {", 29, "must come before" },
    { "text-after-signature", "", "", 0, "" },   /* Built by hand below. */
    /* The verifier's checks. */
    { "dangling-key", "$order", "$parcel", 35, "refers to nothing" },
    { "dangling-output", "$fetch-map.map", "$fetch-map.region", 34, "refers to nothing" },
    { "dangling-program", "$fetch-map.map", "$apology.map", 34, "refers to nothing" },
    { "root-reference", "input eta_minutes i32 25", "input eta_minutes i32 $x", 8,
      "refers to nothing" },
    { "wrong-type", "input order path $order", "input order string $order", 35, "is a path, not a string" },
    { "run-time-in-reserved", "input region string \"district \\\"7\\\"\"", "input region string ?",
      20, "only a child program's values" },
    { "duplicate-key", "input fragile bool", "input eta_minutes bool", 10, "already used on line 8" },
    { "duplicate-name", "child apology {", "child fetch-map {", 24, "already a subprogram" },
    { "zero-time", "max-time 3000", "max-time 0", 15, "max-time must be 1 to" },
    { "long-time", "max-time 3000", "max-time 60001", 15, "max-time must be 1 to" },
    { "greedy-cpu", "need cpu 10", "need cpu 101", 13, "need cpu is at most 100" },
  };

static void
test_malformed (void)
{
  for (size_t i = 0; i < sizeof malformed / sizeof *malformed; i++)
    {
      const struct malformed *m = &malformed[i];
      if (m->find[0] == '\0')
        continue;
      char *changed = replace (robot, m->find, m->with);
      char *text = sign_alice (changed);
      expect_refused (m->name, text, m->line, m->want);
      free (text);
      free (changed);
    }
  char *good = sign_alice (robot);
  char *extra = malloc (strlen (good) + 20);
  sprintf (extra, "%smax-time 1\n", good);
  expect_refused ("text-after-signature", extra, 39, "nothing may follow the signature");
  sprintf (extra, "%s", good);
  extra[strlen (extra) - 1] = '\0';
  expect_refused ("no-final-newline", extra, 0, "must end with a newline");
  free (extra);
  free (good);

  char never_closed[300];
  sprintf (never_closed, "%schild c {\n  callee x\n", small_root);
  expect_refused ("never-closed", never_closed, 7, "subprogram `c` is never closed");
}

/* Appends to OUT a subprogram nest DEPTH deep at indentation LEVEL. */
static void
nest (char *out, int level, int depth)
{
  if (depth == 0)
    return;
  char pad[32];
  memset (pad, ' ', 2 * level);
  pad[2 * level] = '\0';
  sprintf (out + strlen (out), "%schild c%d {\n%s  callee x\n%s  program local:/x\n"
           "%s  max-time 1\n", pad, level, pad, pad, pad);
  nest (out, level + 1, depth - 1);
  sprintf (out + strlen (out), "%s}\n", pad);
}

static void
test_limits (void)
{
  char *text = malloc (DTREE_MAX_TEXT * 2);
  sprintf (text, "%s", small_root);
  nest (text, 0, DTREE_MAX_DEPTH);
  char *signed_text = sign_alice (text);
  report ("deepest-allowed", judge (signed_text) == NULL, "a tree 4 deep was refused");
  free (signed_text);

  sprintf (text, "%s", small_root);
  nest (text, 0, DTREE_MAX_DEPTH + 1);
  signed_text = sign_alice (text);
  expect_refused ("too-deep", signed_text, 23, "nest at most 4 deep");
  free (signed_text);

  sprintf (text, "%s", small_root);
  for (int i = 0; i < DTREE_MAX_NODES; i++)
    sprintf (text + strlen (text), "child c%d {\n  callee x\n  program local:/x\n"
             "  max-time 1\n}\n", i);
  signed_text = sign_alice (text);
  expect_refused ("too-many-programs", signed_text, 7 + 5 * (DTREE_MAX_NODES - 1),
                  "at most 32 programs");
  free (signed_text);

  sprintf (text, "ipwis-tree 1\ncaller alice\ncallee x\ncreated 2026-01-01T00:00:00Z\n"
           "program local:/x\n");
  for (int i = 0; i <= DTREE_MAX_DATA; i++)
    sprintf (text + strlen (text), "input k%d i32 %d\n", i, i);
  strcat (text, "max-time 10\n");
  expect_refused ("too-many-data", text, 6 + DTREE_MAX_DATA, "at most 12 inputs and outputs");

  sprintf (text, "%s# %0*d\n", small_root, DTREE_MAX_LINE, 0);
  expect_refused ("long-line", text, 7, "longer than 200 bytes");

  sprintf (text, "%s", small_root);
  while (strlen (text) <= DTREE_MAX_TEXT)
    strcat (text, "# padding, to make the tree too large to accept\n");
  expect_refused ("oversized", text, 0, "more than the 16384 allowed");
  free (text);
}

int
main (void)
{
  report_group ("dtree");
  test_good_tree ();
  test_signatures ();
  test_every_byte_altered ();
  test_truncated ();
  test_malformed ();
  test_limits ();
  return report_status ();
}
