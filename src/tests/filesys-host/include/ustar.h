/* The kit's lib/ustar.h, reached without putting src/lib on the include
   path. */
#include "../../../lib/ustar.h"
