/* Host unit tests of admission (src/ipwis/admission.c): a tree runs here
   only if every program's needs fit the machine; otherwise "delegate",
   naming the need. Prints "pass admission/NAME" or "FAIL ...". */
#include <stdio.h>
#include <string.h>
#include "report.h"
#include "ipwis/resources.h"

/* A machine like Skiff's: one runnable thread, 1 MB free, no GPU or network. */
static const struct resources skiff = { 1, 50, 1024, 0, 0 };

/* Case NAME: a tree whose root has ROOT_NEEDS and whose one reserved
   subprogram has SUB_NEEDS (`need ...` lines) is admitted if WANT is NULL,
   else refused with a reason containing WANT. */
static void
expect (const char *name, const char *root_needs, const char *sub_needs, const char *want)
{
  char text[1024], why[160] = "";
  snprintf (text, sizeof text,
            "ipwis-tree 1\ncaller alice\ncallee robot\ncreated 2026-12-03T07:00:00Z\n"
            "program local:/a.wasm\n%smax-time 100\nreserved fetch {\n  callee map\n"
            "  program local:/b.wasm\n%s  max-time 10\n}\nsignature %064d\n",
            root_needs, sub_needs, 0);
  static struct dtree tree;
  struct dtree_error error;
  if (!dtree_parse (text, strlen (text), &tree, &error))
    {
      report (name, false, error.message);
      return;
    }
  bool admitted = resources_admit (&tree, &skiff, why, sizeof why);
  report_match (name, admitted ? NULL : why, want, "admitted");
}

int
main (void)
{
  report_group ("admission");
  expect ("modest", "need cpu 10\nneed memory 256\n", "  need memory 512\n", NULL);
  expect ("no-needs", "", "", NULL);
  expect ("gpu", "need gpu 1\n", "", "delegate: the root needs 1 GPUs and this machine has 0");
  expect ("network", "", "  need network 100\n",
          "delegate: a subprogram needs 100 kbit/s of network and this machine has 0");
  expect ("cpu", "need cpu 60\n", "", "delegate: the root needs 60% of a CPU and a new task would get 50%");
  expect ("cpu-exact", "need cpu 50\n", "", NULL);
  expect ("memory-each-fits", "need memory 600\n", "  need memory 600\n",
          "delegate: the tree needs 1200 kB of memory and 1024 kB are free");
  expect ("memory-exact", "need memory 1000\n", "  need memory 24\n", NULL);
  return report_status ();
}
