/* shell: a tiny command interpreter.  It reads a line from the keyboard,
   runs it as a program with its arguments (exec), waits for it, and
   reports its exit status.  Built in: `exit` and `cd DIR`. */
#include <stdio.h>
#include <string.h>
#include <syscall.h>

#define LINE_MAX 80

/* Reads a line of at most SIZE - 1 characters into LINE, echoing what is
   typed (the kernel does not echo) and handling backspace. */
static void
read_line (char *line, size_t size)
{
  size_t length = 0;

  for (;;)
    {
      char ch;
      if (read (0, &ch, 1) != 1)
        break;
      if (ch == '\r' || ch == '\n')
        break;
      if (ch == '\b' || ch == 0x7f)
        {
          if (length > 0)
            {
              length--;
              printf ("\b \b");
            }
        }
      else if (length + 1 < size && ch >= ' ')
        {
          line[length++] = ch;
          putchar (ch);
        }
    }
  line[length] = '\0';
  putchar ('\n');
}

/* Runs LINE as a command. */
static void
run (const char *line)
{
  pid_t pid;

  if (strncmp (line, "cd ", 3) == 0)
    {
      if (!chdir (line + 3))
        printf ("cd: cannot change to %s\n", line + 3);
      return;
    }
  pid = exec (line);
  if (pid == PID_ERROR)
    printf ("shell: cannot run '%s'\n", line);
  else
    printf ("shell: '%s' exited with %d\n", line, wait (pid));
}

int
main (void)
{
  char line[LINE_MAX];

  printf ("Skiff shell; type `exit' to leave.\n");
  for (;;)
    {
      printf ("--> ");
      read_line (line, sizeof line);
      if (strcmp (line, "exit") == 0)
        return EXIT_SUCCESS;
      if (line[0] != '\0')
        run (line);
    }
}
