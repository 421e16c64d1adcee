/* The pass and FAIL lines of the ipwis phase's host tests (report.h). */
#include "report.h"
#include <stdio.h>
#include <string.h>

static const char *group_name = "?";
static int failures;

void
report_group (const char *group)
{
  group_name = group;
}

void
report (const char *name, bool ok, const char *why)
{
  if (ok)
    printf ("pass %s/%s\n", group_name, name);
  else
    {
      printf ("FAIL %s/%s: %s\n", group_name, name, why);
      failures++;
    }
}

void
report_match (const char *name, const char *got, const char *want, const char *none)
{
  char why[1200];
  bool ok = want == NULL ? got == NULL : got != NULL && strstr (got, want) != NULL;
  snprintf (why, sizeof why, "got \"%s\", want \"%s\"", got ? got : none, want ? want : none);
  report (name, ok, why);
}

int
report_status (void)
{
  return failures != 0;
}
