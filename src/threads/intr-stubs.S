/* Interrupt entry and exit. Each of the 256 vectors gets a tiny stub that
   makes the stack look the same for every vector (a zero stands in for the
   error code where the CPU pushes none), pushes its vector number and joins
   intr_entry, which saves the rest of struct intr_frame and calls
   intr_handler() in interrupt.c. */

#include "threads/gdt.h"

        .text
/* Save the registers in the order of struct intr_frame. */
intr_entry:
        pushl %ds
        pushl %es
        pushl %fs
        pushl %gs
        pushal
        cld                             /* The C ABI expects DF clear. */
        movl $SEL_KDSEG, %eax
        movw %ax, %ds
        movw %ax, %es
        /* A two-word frame [interrupted ebp, interrupted eip] lets a call
           stack walk continue from the handler into the interrupted code. */
        movl %esp, %eax
        pushl 56(%eax)                  /* frame->eip */
        pushl 8(%eax)                   /* frame->ebp */
        movl %esp, %ebp
        pushl %eax
        call intr_handler
        addl $12, %esp

        .globl intr_exit
intr_exit:
        popal
        popl %gs
        popl %fs
        popl %es
        popl %ds
        addl $8, %esp                   /* Vector number and error code. */
        iret

/* One stub per vector; vectors where the CPU pushes an error code skip the
   stand-in zero. Each stub's address is appended to intr_stubs. */
        .altmacro
.macro STUB vec
        .text
1:
        .if ((\vec == 8) || (\vec == 10) || (\vec == 11) || (\vec == 12) || (\vec == 13) || (\vec == 14) || (\vec == 17) || (\vec == 21) || (\vec == 29) || (\vec == 30)) == 0
        pushl $0
        .endif
        pushl $\vec
        jmp intr_entry
        .data
        .long 1b
.endm

/* gas limits macro nesting, so the stubs are made 64 at a time. */
.macro STUBS from, to
        STUB \from
        .if \to - \from
        STUBS %(\from + 1), \to
        .endif
.endm

        .data
        .globl intr_stubs
        .balign 4
intr_stubs:
        STUBS 0, 63
        STUBS 64, 127
        STUBS 128, 191
        STUBS 192, 255
