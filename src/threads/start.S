/* Kernel entry. The loader jumps here at physical 0x20000 with protected
   mode on and paging off, so until paging is on every address we use must
   be physical: a linked (virtual) address minus PHYS_BASE.

   We clear .bss, build a boot page directory that maps physical memory
   both at 0 (so the next instruction still exists) and at PHYS_BASE (where
   the kernel is linked) using 4 MB pages, turn paging on, move to the boot
   thread's stack and call main(). paging_init() later replaces this
   directory with one made of 4 kB pages. */

#define PHYS_BASE 0xc0000000
#define PHYS(symbol) ((symbol) - PHYS_BASE)
#define BIG_PAGE (PDE_PS | PTE_W | PTE_P)
#define PDE_PS 0x80
#define PTE_W 0x2
#define PTE_P 0x1
#define CR0_PG 0x80000000               /* Paging. */
#define CR0_WP 0x00010000               /* Kernel obeys read-only pages too. */
#define CR4_PSE 0x00000010              /* 4 MB pages. */

        .section .start, "ax"
        .globl start
start:
        /* Zero .bss: the loader copied only the bytes of kernel.bin. */
        movl $PHYS(_bss_start), %edi
        movl $PHYS(_bss_end), %ecx
        subl %edi, %ecx
        xorl %eax, %eax
        cld
        rep stosb

        /* Directory entries 0 and 768..1023: 1 GB at PHYS_BASE, and the
           first 4 MB at 0 as well. */
        movl $PHYS(boot_page_dir), %edi
        movl $BIG_PAGE, PHYS(boot_page_dir)
        movl $768, %ecx
        movl $BIG_PAGE, %eax
1:      movl %eax, (%edi, %ecx, 4)
        addl $0x400000, %eax
        incl %ecx
        cmpl $1024, %ecx
        jb 1b

        movl %cr4, %eax
        orl $CR4_PSE, %eax
        movl %eax, %cr4
        movl %edi, %cr3
        movl %cr0, %eax
        orl $(CR0_PG | CR0_WP), %eax
        movl %eax, %cr0

        /* Now at the linked addresses. The boot thread's stack is one page
           whose bottom will hold its struct thread (see thread_init). */
        movl $high_half, %eax
        jmp *%eax
high_half:
        movl $(boot_thread_page + 4096), %esp
        xorl %ebp, %ebp                 /* Ends every call-stack walk. */
        call main
1:      hlt                             /* main() does not return. */
        jmp 1b

        .section .bss
        .balign 4096
        .globl boot_page_dir, boot_thread_page
boot_page_dir:
        .space 4096
boot_thread_page:
        .space 4096
