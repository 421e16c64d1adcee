/* The boot sector. The BIOS loads these 512 bytes at 0x7c00 and jumps here
   in 16-bit real mode with the boot drive number in %dl. We read the boot
   parameter block (sector 1) and the kernel (sectors 2 and up) from that
   drive, ask the BIOS how much memory there is, open the A20 gate, switch to
   32-bit protected mode and jump to the kernel at physical 0x20000.
   The layout of the disk and of the parameter block is in doc/internals.md. */

#define PARAMS          0x7e00          /* Where sector 1 goes. */
#define PARAMS_SECTORS  (PARAMS + 0x08) /* Kernel size, written by the runner. */
#define PARAMS_MEM_LOW  (PARAMS + 0x1f0)  /* kB between 1 MB and 16 MB. */
#define PARAMS_MEM_HIGH (PARAMS + 0x1f2)  /* 64 kB blocks above 16 MB. */
#define KERNEL_SEGMENT  0x2000          /* Kernel at 0x2000:0 = 0x20000. */
#define CHUNK_SECTORS   64              /* 32 kB per BIOS call. */

        .code16
        .globl start
start:
        cli
        cld
        xorw %ax, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %ss
        movw $0x7c00, %sp
        movb %dl, boot_drive

        /* Sector 1: the boot parameter block. */
        movw $1, dap_count
        movw $PARAMS, dap_offset
        movl $1, dap_lba
        call read_sectors
        cmpl $0x46494b53, PARAMS        /* "SKIF" of "SKIFFBP1", little endian. */
        jne bad_params

        /* Sectors 2 and up: the kernel, CHUNK_SECTORS at a time. */
        movl PARAMS_SECTORS, %ecx
        movw $KERNEL_SEGMENT, dap_segment
        movw $0, dap_offset
        movl $2, dap_lba
load_chunk:
        movl $CHUNK_SECTORS, %eax
        cmpl %eax, %ecx
        jae 1f
        movl %ecx, %eax
1:      movw %ax, dap_count
        pushl %ecx
        call read_sectors
        popl %ecx
        movzwl dap_count, %eax
        addl %eax, dap_lba
        addw $(CHUNK_SECTORS * 512 / 16), dap_segment
        subl %eax, %ecx
        jnz load_chunk

        /* Memory size: E801 reports kB in 1-16 MB and 64 kB blocks above;
           some BIOSes answer in %ax/%bx, others in %cx/%dx. */
        movw $0xe801, %ax
        xorw %cx, %cx
        xorw %dx, %dx
        int $0x15
        jc memory_fallback
        jcxz 1f
        movw %cx, %ax
        movw %dx, %bx
1:      movw %ax, PARAMS_MEM_LOW
        movw %bx, PARAMS_MEM_HIGH
        jmp enable_a20
memory_fallback:                        /* Old call: kB above 1 MB, at most 64 MB. */
        movb $0x88, %ah
        int $0x15
        movw %ax, PARAMS_MEM_LOW
        movw $0, PARAMS_MEM_HIGH

        /* The A20 gate, through the keyboard controller's output port. */
enable_a20:
        call wait_8042
        movb $0xd1, %al                 /* Command: write output port. */
        outb %al, $0x64
        call wait_8042
        movb $0xdf, %al                 /* A20 on, CPU not in reset. */
        outb %al, $0x60
        call wait_8042

        /* Protected mode with flat 4 GB code and data segments. */
        lgdt gdt_descriptor
        movl %cr0, %eax
        orl $1, %eax
        movl %eax, %cr0
        ljmpl $0x08, $protected_mode

        .code32
protected_mode:
        movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        movw %ax, %ss
        movl $(KERNEL_SEGMENT * 16), %eax
        jmp *%eax

        .code16
/* Reads dap_count sectors at dap_lba into dap_segment:dap_offset. */
read_sectors:
        movw $dap, %si
        movb boot_drive, %dl
        movb $0x42, %ah
        int $0x13
        jc bad_disk
        ret

wait_8042:
        inb $0x64, %al
        testb $2, %al
        jnz wait_8042
        ret

bad_disk:
        movw $disk_message, %si
        jmp fail
bad_params:
        movw $params_message, %si
/* Prints the NUL-terminated string at %si on the screen and COM1, then stops. */
fail:
        lodsb
        testb %al, %al
        jz stop
        pushw %ax
        movb $0x0e, %ah                 /* Video teletype output. */
        int $0x10
        popw %ax
        movb $0x01, %ah                 /* Serial: send a character. */
        xorw %dx, %dx
        int $0x14
        jmp fail
stop:
        hlt
        jmp stop

disk_message:   .asciz "Skiff loader: cannot read the boot disk\r\n"
params_message: .asciz "Skiff loader: no boot parameter block in sector 1\r\n"

boot_drive:     .byte 0

        .balign 4
dap:                                    /* Disk address packet for int 13h, ah=42h. */
        .byte 16, 0
dap_count:      .word 0
dap_offset:     .word 0
dap_segment:    .word 0
dap_lba:        .quad 0

        .balign 8
gdt:
        .quad 0                         /* Null descriptor. */
        .quad 0x00cf9a000000ffff        /* 0x08: code, base 0, 4 GB, 32-bit. */
        .quad 0x00cf92000000ffff        /* 0x10: data, base 0, 4 GB. */
gdt_descriptor:
        .word gdt_descriptor - gdt - 1
        .long gdt

        .org 510
        .byte 0x55, 0xaa
