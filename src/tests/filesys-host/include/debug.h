/* Host builds use the kit's own debug.h; debug_panic comes from host.c. */
#include "../../../lib/debug.h"
