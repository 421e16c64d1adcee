/* switch_threads (cur, next): the only place where one thread's execution
   stops and another's continues. The C calling convention lets a called
   function clobber eax, ecx and edx, so only ebx, esi, edi and ebp must be
   saved; they go on the old stack, whose top is saved in cur->stack. */

#include "threads/switch.h"

        .text
        .globl switch_threads
switch_threads:
        pushl %ebp
        pushl %ebx
        pushl %esi
        pushl %edi
        movl 20(%esp), %eax             /* cur */
        movl 24(%esp), %edx             /* next */
        movl %esp, THREAD_STACK_OFS(%eax)
        movl THREAD_STACK_OFS(%edx), %esp
        popl %edi
        popl %esi
        popl %ebx
        popl %ebp
        ret                             /* Returns cur, now "the previous thread", in eax. */

/* A new thread's first switch_threads "returns" here, with the previous
   thread in eax and thread_main's two arguments on the stack. */
        .globl switch_entry
switch_entry:
        pushl %eax
        call thread_switch_complete
        addl $4, %esp
        call thread_main                /* Never returns. */
