/* Kernel start-up: main(), the command line, and facts found at boot. */
#ifndef THREADS_INIT_H
#define THREADS_INIT_H

#include <stdbool.h>
#include <stddef.h>

extern size_t ram_pages;                /* Physical memory, in 4 kB pages. */
extern bool power_off_when_done;        /* -q on the command line. */

#endif /* threads/init.h */
