/* atoi and abs against the host where C defines the result, and against
   our documented saturation where it does not; qsort and bsearch on
   random arrays of several element sizes. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "ours.h"

static void
check_atoi (void)
{
  static const char *const defined[] =
    {
      "0", "42", "-42", "+42", "  \t\n 17", "12abc", "abc", "", "-", "+",
      "- 5", "2147483647", "-2147483648", "007", "-0", " +-3",
    };
  size_t i;

  for (i = 0; i < sizeof defined / sizeof *defined; i++)
    EXPECT (skiff_atoi (defined[i]) == atoi (defined[i]),
            "atoi (\"%s\") is %d, the host says %d", defined[i],
            skiff_atoi (defined[i]), atoi (defined[i]));
  EXPECT (skiff_atoi ("2147483648") == 2147483647, "atoi saturates up");
  EXPECT (skiff_atoi ("99999999999999999999") == 2147483647,
          "atoi saturates far up");
  EXPECT (skiff_atoi ("-2147483649") == -2147483647 - 1,
          "atoi saturates down");
  EXPECT (skiff_abs (-5) == 5 && skiff_abs (5) == 5 && skiff_abs (0) == 0
          && skiff_abs (-2147483647) == 2147483647, "abs");
}

/* An element bigger than any register, so qsort must move it bytewise. */
struct record
  {
    int key;
    char padding[9];
  };

static int
compare_records (const void *a_, const void *b_)
{
  const struct record *a = a_, *b = b_;
  return (a->key > b->key) - (a->key < b->key);
}

static int
compare_chars (const void *a_, const void *b_)
{
  const unsigned char *a = a_, *b = b_;
  return *a - *b;
}

/* Sorts CNT random records (keys from a small range, so there are ties)
   with ours and the host's and compares the keys; then looks every key
   up, and some that are absent. */
static void
check_records (size_t cnt)
{
  struct record *ours = calloc (cnt + 1, sizeof *ours);
  struct record *host = calloc (cnt + 1, sizeof *host);
  struct record key;
  size_t i;

  EXPECT (ours != NULL && host != NULL, "out of memory");
  for (i = 0; i < cnt; i++)
    {
      /* Even keys only, so odd ones are certainly absent. */
      ours[i].key = host[i].key = 2 * (int) (skiff_random_ulong () % 50);
      memset (ours[i].padding, ours[i].key, sizeof ours[i].padding);
      host[i] = ours[i];
    }
  skiff_qsort (ours, cnt, sizeof *ours, compare_records);
  qsort (host, cnt, sizeof *host, compare_records);
  for (i = 0; i < cnt; i++)
    EXPECT (ours[i].key == host[i].key
            && memcmp (&ours[i], &host[i], sizeof ours[i]) == 0,
            "qsort of %zu records differs at %zu", cnt, i);

  for (key.key = -1; key.key <= 101; key.key++)
    {
      struct record *found = skiff_bsearch (&key, ours, cnt, sizeof *ours,
                                            compare_records);
      bool present = bsearch (&key, host, cnt, sizeof *host,
                              compare_records) != NULL;
      EXPECT (present ? found != NULL && found->key == key.key
                      : found == NULL,
              "bsearch for %d among %zu records", key.key, cnt);
    }
  free (ours);
  free (host);
}

static void
check_qsort (void)
{
  char letters[] = "the quick brown fox jumps over the lazy dog";
  size_t cnt;

  skiff_random_init (7);
  for (cnt = 0; cnt < 70; cnt++)
    check_records (cnt);
  check_records (1000);

  skiff_qsort (letters, strlen (letters), 1, compare_chars);
  EXPECT (strcmp (letters, "        abcdeeefghhijklmnoooopqrrsttuuvwxyz")
          == 0, "qsort of chars gave \"%s\"", letters);
}

void
test_stdlib (void)
{
  check_atoi ();
  check_qsort ();
}
