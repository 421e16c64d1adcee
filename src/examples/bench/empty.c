/* The program bench starts and waits for: it does nothing, so what bench
   measures is the cost of a process itself. */
int main (void);

int
main (void)
{
  return 0;
}
