/* The kit's round.h, reached without putting src/lib (whose stdio.h and
   string.h would hide the host's) on the include path. */
#include "../../../lib/round.h"
