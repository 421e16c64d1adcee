/* What `make run` shows in the ipwis phase: each piece of the IPWIS task
   layer that the kernel has so far doing one small thing, and the time an
   IPIIS round trip takes through the UART, in loopback. */
#include "tests/ipwis/kernel/tests.h"
#include <stdio.h>
#include <string.h>
#include "devices/com2.h"
#include "devices/timer.h"
#include "ipwis/dtree.h"
#include "ipwis/ipiis.h"
#include "ipwis/modes.h"
#include "tests/ipwis/kernel/signing.h"
#include "threads/fpu.h"
#include "threads/malloc.h"

static const char tree_body[] =
  "ipwis-tree 1\n"
  "caller alice\n"
  "callee delivery-robot\n"
  "created 2026-12-03T07:00:00Z\n"
  "program local:/programs/deliver.wasm\n"
  "input order path ipiis:/orders/42.txt\n"
  "max-time 3000\n"
  "reserved fetch-map {\n"
  "  callee map-server\n"
  "  program ipiis:/programs/fetch.wasm\n"
  "  output map path local:/maps/7.bin\n"
  "  max-time 500\n"
  "}\n";

static const uint8_t alice_key[] = "alice's key";

/* Signs the tree, verifies it, then verifies it again with a byte changed. */
static void
demo_tree (void)
{
  static char text[sizeof tree_body + 80];
  sign_tree (tree_body, alice_key, sizeof alice_key - 1, text, sizeof text);

  const struct dtree_key keys[] = { { "alice", alice_key, sizeof alice_key - 1 } };
  struct dtree *tree = malloc (sizeof *tree);
  struct dtree_error error;
  if (tree == NULL)
    fail ("no memory for a tree");
  bool ok = dtree_parse (text, strlen (text), tree, &error) && dtree_verify (tree, keys, 1, &error);
  msg ("a tree of %d programs signed by alice: %s", tree->node_cnt, ok ? "verified" : error.message);
  *strstr (text, "3000") = '9';
  ok = dtree_parse (text, strlen (text), tree, &error) && dtree_verify (tree, keys, 1, &error);
  msg ("the same with max-time 9000: %s%s", ok ? "verified" : "refused: ", ok ? "" : error.message);
  free (tree);
}

static void
demo_modes (void)
{
  const struct ipwis_import_name imports[] =
    { { "wasi_snapshot_preview1", 22, "fd_write", 8 }, { "ipwis", 5, "task_metadata", 13 } };
  char message[160];
  for (enum ipwis_mode mode = MODE_WORKER; mode <= MODE_ENTRY; mode++)
    {
      bool ok = ipwis_check_imports (mode, imports, 2, message, sizeof message);
      msg ("a module importing fd_write and task_metadata, as %s: %s", ipwis_mode_name (mode),
           ok ? "loaded" : message);
    }
}

/* ROUNDS echo round trips through COM2 in loopback: request to the
   daemon, reply back to a decoder playing the host. */
static void
demo_ipiis (void)
{
  enum { ROUNDS = 100 };
  static struct ipiis_frame echo = { IPIIS_ECHO, 0, 32, "a 32-byte payload for the trip.." };
  static struct ipiis_frame request, reply, answer;
  static uint8_t wire[IPIIS_MAX_WIRE];
  static struct ipiis_decoder host;
  if (!com2_init ())
    {
      msg ("IPIIS: no COM2 (run with --com2 null)");
      return;
    }
  com2_set_loopback (true);
  ipiis_init ();
  ipiis_decoder_init (&host);
  int64_t start = timer_ticks ();
  int done = 0;
  for (int i = 0; i < ROUNDS; i++)
    {
      size_t n = ipiis_encode (&echo, wire);
      bool heard = false, answered = false;
      for (size_t b = 0; b < n; b++)
        {
          com2_write (&wire[b], 1);
          heard |= ipiis_receive_byte (com2_getc (), &request);
        }
      if (heard)
        ipiis_handle (&request, &reply);
      n = ipiis_encode (&reply, wire);
      for (size_t b = 0; b < n; b++)
        {
          com2_write (&wire[b], 1);
          answered |= ipiis_decode_byte (&host, com2_getc (), &answer);
        }
      done += heard && answered;
    }
  msg ("IPIIS: %d of %d echo round trips through the UART in %lld timer ticks",
       done, ROUNDS, timer_elapsed (start));
}

void
test_demo (void)
{
  msg ("FPU for the WASM engine: %s",
       fpu_available () ? "on (SSE2, saved per thread)" : "off");
  demo_tree ();
  demo_modes ();
  demo_ipiis ();
}
