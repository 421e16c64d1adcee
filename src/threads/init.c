/* Kernel start-up. main() brings the machine up one layer at a time,
   reads the command line the runner left in the boot parameter block,
   carries out its actions in order, and powers off if asked to. */
#include "threads/init.h"
#include <console.h>
#include <debug.h>
#include <random.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "devices/input.h"
#include "devices/kbd.h"
#include "devices/serial.h"
#include "devices/shutdown.h"
#include "devices/timer.h"
#include "threads/fpu.h"
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/paging.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#ifdef USERPROG
#include "userprog/exception.h"
#include "userprog/process.h"
#include "userprog/syscall.h"
#include "userprog/tss.h"
#else
#include "tests/threads/tests.h"
#endif
#ifdef IPWIS
#include "ipwis/callers.h"
#include "ipwis/interrupts.h"
#include "ipwis/ipiis.h"
#include "ipwis/task.h"
#ifdef SOLUTION_IPWIS
#include "ipwis/ipsis.h"
#endif
#include "tests/ipwis/kernel/tests.h"
#endif
#ifdef FILESYS
#include "devices/block.h"
#include "devices/ide.h"
#include "filesys/filesys.h"
#include "filesys/fsutil.h"
#ifdef SOLUTION_FILESYS
#include "filesys/cache.h"
#endif
#endif
#ifdef VM
#include "vm/stats.h"
#endif

size_t ram_pages;
bool power_off_when_done;

static unsigned random_seed;            /* -rs=SEED */
static size_t user_page_limit = SIZE_MAX;       /* -ul=PAGES */
#ifdef FILESYS
static bool format_filesys;             /* -f */
static unsigned power_cut_writes;       /* -cut=WRITES */
#endif

/* The boot parameter block: see doc/internals.md. */
#define PARAMS_ADDR 0x7e00
#define PARAMS_ARGS_SIZE 0x1e0
#define MAX_WORDS 64
#define MAX_RAM_PAGES (512 * 1024 * 1024 / PGSIZE)  /* We map at most 512 MB. */

struct boot_params
  {
    char magic[8];
    uint32_t kernel_sectors;
    uint32_t argc;
    char args[PARAMS_ARGS_SIZE];
    uint16_t mem_kb_1m_16m;
    uint16_t mem_64k_above_16m;
  } __attribute__ ((packed));
_Static_assert (sizeof (struct boot_params) == 0x1f4, "layout of doc/internals.md");

static char arg_buffer[PARAMS_ARGS_SIZE];
static char *words[MAX_WORDS + 1];

/* Refuses a command line the kernel cannot follow. */
static void NO_RETURN
command_line_error (const char *message, const char *word)
{
  printf ("Kernel command line: %s '%s'.\n", message, word);
  printf ("Options: -q -rs=SEED -mlfqs -ul=PAGES -f -vmstats. "
          "See doc/internals.md.\n");
  shutdown_power_off_now ();
}

/* Copies the command line out of low memory (which palloc will hand out)
   and learns the memory size the loader left beside it. */
static char **
read_boot_params (void)
{
  const struct boot_params *params = ptov (PARAMS_ADDR);
  uint32_t kb = 1024 + params->mem_kb_1m_16m + params->mem_64k_above_16m * 64u;
  ram_pages = kb / 4 < MAX_RAM_PAGES ? kb / 4 : MAX_RAM_PAGES;

  memcpy (arg_buffer, params->args, sizeof arg_buffer);
  if (params->argc > MAX_WORDS)
    command_line_error ("too many words", "");
  char *p = arg_buffer;
  for (uint32_t i = 0; i < params->argc; i++)
    {
      size_t room = arg_buffer + sizeof arg_buffer - p;
      if (strnlen (p, room) == room)
        command_line_error ("words overflow the parameter block at", p);
      words[i] = p;
      p += strlen (p) + 1;
    }
  words[params->argc] = NULL;
  return words;
}

/* Parses "-name=NUMBER" into *VALUE, refusing a malformed number. */
static unsigned
parse_number (const char *word, const char *value)
{
  if (*value == '\0' || strspn (value, "0123456789") != strlen (value))
    command_line_error ("this option needs a number:", word);
  return atoi (value);
}

/* Applies the options at the start of ARGV; returns the first action. */
static char **
parse_options (char **argv)
{
  for (; *argv != NULL && **argv == '-'; argv++)
    {
      char *word = *argv;
      char *value = strchr (word, '=');
      value = value != NULL ? value + 1 : word + strlen (word);
      if (!strcmp (word, "-q"))
        power_off_when_done = true;
      else if (!strncmp (word, "-rs=", 4))
        random_seed = parse_number (word, value);
      else if (!strcmp (word, "-mlfqs"))
        thread_mlfqs = true;
      else if (!strncmp (word, "-ul=", 4))
        user_page_limit = parse_number (word, value);
#ifdef FILESYS
      else if (!strcmp (word, "-f"))
        format_filesys = true;
      else if (!strncmp (word, "-cut=", 5))
        power_cut_writes = parse_number (word, value);
#ifdef SOLUTION_FILESYS
      else if (!strcmp (word, "-nocache"))
        cache_read_through = true;
#endif
#endif
#ifdef VM
      else if (!strcmp (word, "-vmstats"))
        vm_stats_after_run = true;
#endif
#ifdef IPWIS
      else if (!strncmp (word, "-owner-key=", 11))
        {
          if (!ipiis_set_owner_key (value))
            command_line_error ("the owner's key must be 2 to 128 hex digits:", word);
        }
      else if (!strncmp (word, "-caller-key=", 12))
        {
          const char *refusal = callers_register (value);
          if (refusal != NULL)
            command_line_error (refusal, word);
        }
      else if (!strncmp (word, "-interrupt=", 11))
        {
          const char *refusal = interrupts_register (value);
          if (refusal != NULL)
            command_line_error (refusal, word);
        }
#ifdef SOLUTION_IPWIS
      else if (!strcmp (word, "-ipsis"))
        ipsis_load ();
      else if (!strcmp (word, "-delegate"))
        task_delegate_enable ();
#endif
#endif
      else
        command_line_error ("unknown option", word);
    }
  return argv;
}

/* Runs TASK by RUN, between the two lines the harness looks for. */
static void
execute (const char *task, void (*run) (const char *task))
{
  printf ("Executing '%s':\n", task);
  run (task);
  printf ("Execution of '%s' complete.\n", task);
}

#ifdef USERPROG
static void
run_user_program (const char *command)
{
  process_wait (process_execute (command));
#ifdef VM
  if (vm_stats_after_run)
    vm_stats_print ();
#endif
}
#endif

/* Action `run': a kernel test, or from the userprog phase on, a user
   program with its arguments. */
static void
run_task (char **argv)
{
#ifdef FILESYS
  /* A crash test cuts the power while the program runs: what was there
     when it started is on disk first. */
  if (power_cut_writes > 0 && block_get_role (BLOCK_FILESYS) != NULL)
    {
      filesys_flush ();
      block_cut_power_after (block_get_role (BLOCK_FILESYS), power_cut_writes);
    }
#endif
#ifdef USERPROG
  execute (argv[1], run_user_program);
#else
  execute (argv[1], run_test);
#endif
}

#ifdef IPWIS
/* Action `test': one of the ipwis phase's kernel tests. */
static void
run_kernel_test (char **argv)
{
  execute (argv[1], run_test);
}

/* Action `ipiis': serve the host on COM2 until the owner halts us. */
static void
serve_ipiis (char **argv UNUSED)
{
  ipiis_serve ();
}
#endif

struct action
  {
    const char *name;
    int argc;                   /* Words it takes, its own name included. */
    void (*function) (char **argv);
  };

static const struct action actions[] =
  {
    { "run", 2, run_task },
#ifdef IPWIS
    { "test", 2, run_kernel_test },
    { "ipiis", 1, serve_ipiis },
#endif
#ifdef FILESYS
    { "ls", 1, fsutil_ls },
    { "cat", 2, fsutil_cat },
    { "rm", 2, fsutil_rm },
    { "extract", 1, fsutil_extract },
    { "append", 2, fsutil_append },
#endif
  };

static const struct action *
find_action (const char *name)
{
  for (size_t i = 0; i < sizeof actions / sizeof *actions; i++)
    if (!strcmp (name, actions[i].name))
      return &actions[i];
  return NULL;
}

/* Checks every action before running any, so that a typo at the end of
   the command line is reported before the work at its start is done. */
static void
check_actions (char **argv)
{
  while (*argv != NULL)
    {
      const struct action *a = find_action (*argv);
      if (a == NULL)
        command_line_error ("unknown action", *argv);
      for (int i = 1; i < a->argc; i++)
        if (argv[i] == NULL)
          command_line_error ("missing argument for action", *argv);
      argv += a->argc;
    }
}

static void
run_actions (char **argv)
{
  while (*argv != NULL)
    {
      const struct action *a = find_action (*argv);
      a->function (argv);
      argv += a->argc;
    }
}

/* Brings up the CPU's tables and the devices, in dependency order. */
static void
start_hardware (void)
{
  gdt_init ();
#ifdef USERPROG
  tss_init ();
#endif
  intr_init ();
  fpu_init ();
  timer_init ();
  kbd_init ();
  input_init ();
#ifdef USERPROG
  exception_init ();
  syscall_init ();
#endif
}

int main (void) NO_RETURN;
int
main (void)
{
  char **argv = parse_options (read_boot_params ());
#ifdef IPWIS
  /* Boot's options are read: the table of what may run outside the
     kernel is the owner's, and no one else's to change. */
  interrupts_freeze ();
#endif
  check_actions (argv);

  thread_init ();
  console_init ();
  printf ("Skiff booting with %zu kB RAM...\n", ram_pages * PGSIZE / 1024);

  palloc_init (user_page_limit);
  malloc_init ();
  paging_init ();
  random_init (random_seed);
  start_hardware ();
  thread_start ();
  serial_init_queue ();
#ifdef FILESYS
  ide_init ();
  filesys_init (format_filesys);
#endif
#ifdef IPWIS
  task_init ();
#endif

  printf ("Boot complete.\n");
  run_actions (argv);

  if (power_off_when_done)
    shutdown_power_off ();
  thread_exit ();
}
