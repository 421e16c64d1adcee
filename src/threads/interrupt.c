/* Interrupt dispatch. intr_init() fills the interrupt descriptor table
   with the stubs of intr-stubs.S; every interrupt then arrives in
   intr_handler(), which calls the handler registered for its vector.
   Device interrupts ("external") run with interrupts off, may not sleep,
   and may ask for the current thread to yield once they return. */
#include "threads/interrupt.h"
#include <debug.h>
#include <stdio.h>
#include "devices/pic.h"
#include "threads/flags.h"
#include "threads/gdt.h"
#include "threads/intr-stubs.h"
#include "threads/thread.h"

#define INTR_CNT 256

static uint64_t idt[INTR_CNT];
static intr_handler_func *handlers[INTR_CNT];
static const char *names[INTR_CNT];

static bool in_external_intr;   /* Handling a device interrupt now? */
static bool yield_on_return;    /* Yield when that handler returns? */

enum intr_level
intr_get_level (void)
{
  uint32_t flags;
  asm volatile ("pushfl; popl %0" : "=g" (flags));
  return flags & FLAG_IF ? INTR_ON : INTR_OFF;
}

enum intr_level
intr_set_level (enum intr_level level)
{
  return level == INTR_ON ? intr_enable () : intr_disable ();
}

enum intr_level
intr_enable (void)
{
  enum intr_level old = intr_get_level ();
  ASSERT (!intr_context ());
  asm volatile ("sti");
  return old;
}

enum intr_level
intr_disable (void)
{
  enum intr_level old = intr_get_level ();
  asm volatile ("cli" : : : "memory");
  return old;
}

/* Names of the CPU exceptions (Intel SDM vol. 3, table 6-1): intr_name()
   gives them until a handler registers a name of its own. */
static const char *const exception_names[] =
  {
    "#DE Divide Error", "#DB Debug Exception", "NMI Interrupt",
    "#BP Breakpoint Exception", "#OF Overflow Exception",
    "#BR BOUND Range Exceeded Exception", "#UD Invalid Opcode Exception",
    "#NM Device Not Available Exception", "#DF Double Fault Exception",
    "Coprocessor Segment Overrun", "#TS Invalid TSS Exception",
    "#NP Segment Not Present", "#SS Stack Fault Exception",
    "#GP General Protection Exception", "#PF Page-Fault Exception",
    "Reserved", "#MF x87 FPU Floating-Point Error",
    "#AC Alignment Check Exception", "#MC Machine-Check Exception",
    "#XF SIMD Floating-Point Exception",
  };

/* A gate (Intel SDM vol. 3, 6.11): handler address split in two halves,
   the kernel code selector, type 0xe (interrupt gate: IF cleared on
   entry) or 0xf (trap gate: IF kept), the ring allowed to `int` it. */
static uint64_t
make_gate (void *handler, int dpl, enum intr_level level)
{
  uint32_t address = (uint32_t) handler;
  uint32_t type = level == INTR_ON ? 0xf : 0xe;
  uint32_t low = (address & 0xffff) | (SEL_KCSEG << 16);
  uint32_t high = (address & 0xffff0000) | (1 << 15) | (dpl << 13) | (type << 8);
  return low | ((uint64_t) high << 32);
}

void
intr_init (void)
{
  pic_init ();
  for (int vec = 0; vec < INTR_CNT; vec++)
    {
      idt[vec] = make_gate (intr_stubs[vec], 0, INTR_OFF);
      names[vec] = "unknown";
    }
  for (size_t vec = 0; vec < sizeof exception_names / sizeof *exception_names; vec++)
    names[vec] = exception_names[vec];

  struct { uint16_t limit; uint32_t base; } __attribute__ ((packed)) idtr
    = { sizeof idt - 1, (uint32_t) idt };
  asm volatile ("lidt %0" : : "m" (idtr));
}

static void
register_handler (uint8_t vec, int dpl, enum intr_level level,
                              intr_handler_func *handler, const char *name)
{
  ASSERT (handlers[vec] == NULL);
  idt[vec] = make_gate (intr_stubs[vec], dpl, level);
  handlers[vec] = handler;
  names[vec] = name;
}

/* Registers HANDLER for device IRQ vector VEC (0x20-0x2f). It runs with
   interrupts off and must not sleep. */
void
intr_register_ext (uint8_t vec, intr_handler_func *handler, const char *name)
{
  ASSERT (vec >= PIC_VECTOR_BASE && vec < PIC_VECTOR_BASE + PIC_IRQ_CNT);
  register_handler (vec, 0, INTR_OFF, handler, name);
}

/* Registers HANDLER for exception or trap VEC. DPL 3 lets user code raise
   it with `int`; LEVEL says whether it runs with interrupts on. */
void
intr_register_int (uint8_t vec, int dpl, enum intr_level level,
                        intr_handler_func *handler, const char *name)
{
  ASSERT (vec < PIC_VECTOR_BASE || vec >= PIC_VECTOR_BASE + PIC_IRQ_CNT);
  register_handler (vec, dpl, level, handler, name);
}

/* True while a device interrupt is being handled. */
bool
intr_context (void)
{
  return in_external_intr;
}

/* From a device interrupt handler: make the interrupted thread yield as
   soon as the handler returns. */
void
intr_yield_on_return (void)
{
  ASSERT (intr_context ());
  yield_on_return = true;
}

const char *
intr_name (uint8_t vec)
{
  return names[vec];
}

static bool
is_external (uint8_t vec)
{
  return vec >= PIC_VECTOR_BASE && vec < PIC_VECTOR_BASE + PIC_IRQ_CNT;
}

/* IRQ 7 and 15 fire spuriously when a device withdraws its request; the
   PIC then reports no interrupt in service and wants no acknowledgment. */
static void
unexpected_interrupt (struct intr_frame *f)
{
  if (is_external (f->vec_no))
    {
      static unsigned unexpected_cnt[PIC_IRQ_CNT];
      if (unexpected_cnt[f->vec_no - PIC_VECTOR_BASE]++ == 0)
        printf ("Unexpected interrupt %#04x (%s)\n", f->vec_no, intr_name (f->vec_no));
      return;
    }
  intr_dump_frame (f);
  PANIC ("unhandled %s in kernel", intr_name (f->vec_no));
}

/* Called by intr_entry for every interrupt, with F on the stack. */
void intr_handler (struct intr_frame *f);
void
intr_handler (struct intr_frame *f)
{
  bool external = is_external (f->vec_no);
  if (external)
    {
      ASSERT (intr_get_level () == INTR_OFF);
      ASSERT (!intr_context ());
      in_external_intr = true;
      yield_on_return = false;
    }

  if (handlers[f->vec_no] != NULL)
    handlers[f->vec_no] (f);
  else
    unexpected_interrupt (f);

  if (external)
    {
      in_external_intr = false;
      pic_end_of_interrupt (f->vec_no);
      if (yield_on_return)
        thread_yield ();
    }
}

/* Prints F for someone debugging a fault: the vector, error code, the
   faulting address (for page faults), registers and the call stack. */
void
intr_dump_frame (const struct intr_frame *f)
{
  uint32_t cr2;
  asm volatile ("movl %%cr2, %0" : "=r" (cr2));
  printf ("Interrupt %#04x (%s) at eip=%p\n", f->vec_no, intr_name (f->vec_no), f->eip);
  printf (" cr2=%08x error=%08x\n", cr2, f->error_code);
  printf (" eax=%08x ebx=%08x ecx=%08x edx=%08x\n", f->eax, f->ebx, f->ecx, f->edx);
  printf (" esi=%08x edi=%08x esp=%08x ebp=%08x\n",
          f->esi, f->edi, (uint32_t) (f->cs & 3 ? f->esp : (void *) &f->esp), f->ebp);
  printf (" cs=%04x ds=%04x es=%04x ss=%04x\n",
          f->cs, f->ds, f->es, f->cs & 3 ? f->ss : SEL_KDSEG);
}
