/* The kernel's bitmap.h, reached without putting src/lib/kernel on the
   include path. */
#include "../../../lib/kernel/bitmap.h"
