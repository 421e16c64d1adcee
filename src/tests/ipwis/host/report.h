/* What every host test program of the ipwis phase prints: one line a
   case, "pass GROUP/NAME" or "FAIL GROUP/NAME: why", and an exit status
   that says whether any case failed. */
#ifndef TESTS_IPWIS_HOST_REPORT_H
#define TESTS_IPWIS_HOST_REPORT_H

#include <stdbool.h>

/* The group before every case's name: "dtree", "frame"... */
void report_group (const char *group);
void report (const char *name, bool ok, const char *why);
/* Case NAME passes if GOT contains WANT, or if both are NULL (no refusal,
   which the failure message calls NONE: "accepted", "admitted"). */
void report_match (const char *name, const char *got, const char *want, const char *none);
/* main's exit status: 0 if every case passed. */
int report_status (void);

#endif /* tests/ipwis/host/report.h */
