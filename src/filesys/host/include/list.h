/* The kernel's list.h, reached without putting src/lib/kernel on the
   include path. */
#include "../../../lib/kernel/list.h"
