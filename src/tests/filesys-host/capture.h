/* Capturing a test's standard output, so that it can be checked. */
#ifndef CAPTURE_H
#define CAPTURE_H

void capture_begin (void);
const char *capture_text (void);
void capture_end (void);

#endif
