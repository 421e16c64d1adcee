/* Memory blocks and NUL-terminated strings. */
#ifndef LIB_STRING_H
#define LIB_STRING_H

#include <stddef.h>

/* Blocks of SIZE bytes. */
void *memcpy (void *dst, const void *src, size_t size);
void *memmove (void *dst, const void *src, size_t size);
int memcmp (const void *a, const void *b, size_t size);
void *memchr (const void *block, int ch, size_t size);
void *memset (void *dst, int value, size_t size);

/* Comparing and measuring. */
int strcmp (const char *a, const char *b);
int strncmp (const char *a, const char *b, size_t size);
size_t strlen (const char *string);
size_t strnlen (const char *string, size_t max_length);

/* Searching. */
char *strchr (const char *string, int ch);
char *strrchr (const char *string, int ch);
char *strstr (const char *haystack, const char *needle);
size_t strspn (const char *string, const char *accept);
size_t strcspn (const char *string, const char *reject);
char *strpbrk (const char *string, const char *stop);
char *strtok_r (char *string, const char *delimiters, char **save_ptr);

/* Copying into a buffer of SIZE bytes, always NUL-terminated when SIZE > 0;
   both return the length of the string they tried to create, so a result
   >= SIZE means the copy was cut short. */
size_t strlcpy (char *dst, const char *src, size_t size);
size_t strlcat (char *dst, const char *src, size_t size);

/* strcpy, strcat and strncpy cannot know how big their destination is;
   poison them so the compiler points at any use. */
#pragma GCC poison strcpy strcat strncpy

#endif /* lib/string.h */
