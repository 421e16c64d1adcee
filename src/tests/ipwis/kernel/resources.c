/* The resource manager on this machine: what a new task could get, and
   which trees it admits. A tree that needs a GPU, a network, more CPU
   than a new task's share or more memory than is free is delegated. */
#include "tests/ipwis/kernel/tests.h"
#include <stdio.h>
#include <string.h>
#include "ipwis/resources.h"
#include "threads/malloc.h"

/* Prints whether a tree with the `need' lines NEEDS is admitted, after
   LABEL. */
static void
admit (struct dtree *tree, const struct resources *r, const char *label, const char *needs)
{
  static char text[512];
  char why[160];
  struct dtree_error error;
  snprintf (text, sizeof text, "ipwis-tree 1\ncaller alice\ncallee robot\n"
            "created 2026-12-03T07:00:00Z\nprogram local:/a.wasm\n%smax-time 100\n"
            "signature %064d\n", needs, 0);
  if (!dtree_parse (text, strlen (text), tree, &error))
    fail ("line %d: %s", error.line, error.message);
  msg ("a tree needing %s: %s", label, resources_admit (tree, r, why, sizeof why) ? "admitted" : why);
}

void
test_resources (void)
{
  struct resources r;
  char text[200];
  resources_measure (&r);
  resources_describe (&r, text, sizeof text);
  msg ("%s", text);
  struct dtree *tree = malloc (sizeof *tree);
  if (tree == NULL)
    fail ("no memory for a tree");
  admit (tree, &r, "40% of a CPU and 64 kB", "need cpu 40\nneed memory 64\n");
  admit (tree, &r, "a GPU", "need gpu 1\n");
  admit (tree, &r, "a network", "need network 1000\n");
  admit (tree, &r, "80% of a CPU", "need cpu 80\n");
  admit (tree, &r, "1 GB", "need memory 1048576\n");
  free (tree);
}
