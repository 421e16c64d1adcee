/* A PCG generator (permuted congruential generator, M. E. O'Neill,
   2014): a 64-bit linear congruential state, of which each step shows
   only a scrambled 32 bits.  A plain congruential generator has weak low
   bits; the scrambling hides that, at the cost of two shifts and a
   rotation.  It keeps global state without a lock: callers that share it
   between threads must serialize themselves. */
#include <random.h>
#include <stdbool.h>
#include <stdint.h>
#include <debug.h>

/* The multiplier and odd increment of the congruential step, the usual
   choice for PCG (any odd increment gives the full period of 2**64). */
#define MULTIPLIER 6364136223846793005ULL
#define INCREMENT 1442695040888963407ULL

static uint64_t state;
static bool seeded;

/* Advances the state and returns 32 bits drawn from the old one: its top
   bits, XOR-folded and rotated by an amount its very top bits choose. */
static uint32_t
next_word (void)
{
  uint64_t old = state;
  uint32_t folded = ((old >> 18) ^ old) >> 27;
  unsigned rotation = old >> 59;

  state = old * MULTIPLIER + INCREMENT;
  return (folded >> rotation) | (folded << ((32 - rotation) & 31));
}

/* Stepping around the seed spreads it through the whole state, so that
   nearby seeds give unrelated sequences. */
void
random_init (unsigned seed)
{
  state = 0;
  next_word ();
  state += seed;
  next_word ();
  seeded = true;
}

void
random_bytes (void *buf_, size_t size)
{
  unsigned char *buf = buf_;

  ASSERT (buf != NULL || size == 0);
  if (!seeded)
    random_init (0);
  while (size > 0)
    {
      uint32_t word = next_word ();
      size_t i;

      for (i = 0; i < sizeof word && size > 0; i++, size--)
        {
          *buf++ = word;
          word >>= 8;
        }
    }
}

unsigned long
random_ulong (void)
{
  unsigned long value;

  random_bytes (&value, sizeof value);
  return value;
}
