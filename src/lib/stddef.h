/* Basic types every C file expects: size_t, ptrdiff_t, NULL and offsetof.
   The widths come from the compiler, so one header serves -m32 and the
   64-bit host build of the library tests alike. */
#ifndef LIB_STDDEF_H
#define LIB_STDDEF_H

#define NULL ((void *) 0)
#define offsetof(TYPE, MEMBER) __builtin_offsetof (TYPE, MEMBER)

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef __WCHAR_TYPE__ wchar_t;

#endif /* lib/stddef.h */
