/* Host tests include the library's headers by path, with the host's own
   headers on the include path; this forwards <debug.h> to the library's
   one without putting all of src/lib (whose string.h, stdio.h ... would
   hide the host's) on that path. */
#include "../../../lib/debug.h"
