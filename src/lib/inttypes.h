/* printf conversions for the <stdint.h> types: printf ("%"PRId32, x).
   The length letter depends on which C type the compiler picked for each
   width; 32-bit x86 makes int64_t a long long, a 64-bit host a long. */
#ifndef LIB_INTTYPES_H
#define LIB_INTTYPES_H

#include <stdint.h>

/* Arguments narrower than int are promoted to int, so no letter is needed. */
#define PRId8 "d"
#define PRIi8 "i"
#define PRIu8 "u"
#define PRIo8 "o"
#define PRIx8 "x"
#define PRIX8 "X"

#define PRId16 "d"
#define PRIi16 "i"
#define PRIu16 "u"
#define PRIo16 "o"
#define PRIx16 "x"
#define PRIX16 "X"

#define PRId32 "d"
#define PRIi32 "i"
#define PRIu32 "u"
#define PRIo32 "o"
#define PRIx32 "x"
#define PRIX32 "X"

#ifdef __LP64__
#define PRI_64 "l"
#define PRI_PTR "l"
#else
#define PRI_64 "ll"
#define PRI_PTR ""
#endif

#define PRId64 PRI_64 "d"
#define PRIi64 PRI_64 "i"
#define PRIu64 PRI_64 "u"
#define PRIo64 PRI_64 "o"
#define PRIx64 PRI_64 "x"
#define PRIX64 PRI_64 "X"

#define PRIdPTR PRI_PTR "d"
#define PRIiPTR PRI_PTR "i"
#define PRIuPTR PRI_PTR "u"
#define PRIoPTR PRI_PTR "o"
#define PRIxPTR PRI_PTR "x"
#define PRIXPTR PRI_PTR "X"

/* intmax_t has a letter of its own, whatever its width. */
#define PRIdMAX "jd"
#define PRIiMAX "ji"
#define PRIuMAX "ju"
#define PRIoMAX "jo"
#define PRIxMAX "jx"
#define PRIXMAX "jX"

#endif /* lib/inttypes.h */
