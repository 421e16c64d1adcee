/* Host builds use the kit's own debug.h; debug_panic comes from hostops.c. */
#include "../../../lib/debug.h"
