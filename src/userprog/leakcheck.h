/* Checking that user processes give back every resource they took. */
#ifndef USERPROG_LEAKCHECK_H
#define USERPROG_LEAKCHECK_H

#ifdef SOLUTION_USERPROG
void leakcheck_start (void);
void leakcheck_finish (void);
#endif

#endif /* userprog/leakcheck.h */
