# exec() refuses malformed executables, each with the loader's reason.
from skiffcheck import *
expect('''
(exec-bad-elf) begin
good: exit(0)
(exec-bad-elf) an unchanged copy runs
load: bad: not an ELF file
(exec-bad-elf) bad magic: refused
load: bad: not a 32-bit ELF file
(exec-bad-elf) 64-bit class: refused
load: bad: not little-endian
(exec-bad-elf) big-endian: refused
load: bad: unknown ELF version
(exec-bad-elf) ident version 0: refused
load: bad: unknown ELF version
(exec-bad-elf) e_version 2: refused
load: bad: not an executable
(exec-bad-elf) shared object: refused
load: bad: not an x86 program
(exec-bad-elf) x86-64 machine: refused
load: bad: ELF header too small
(exec-bad-elf) e_ehsize 10: refused
load: bad: wrong program header size
(exec-bad-elf) e_phentsize 31: refused
load: bad: bad number of program headers
(exec-bad-elf) no program headers: refused
load: bad: bad number of program headers
(exec-bad-elf) 65535 program headers: refused
load: bad: program headers past the end of the file
(exec-bad-elf) e_phoff past the end: refused
load: bad: entry point outside the program
(exec-bad-elf) entry point 0: refused
load: bad: entry point outside the program
(exec-bad-elf) entry point in the kernel: refused
load: bad: needs dynamic linking
(exec-bad-elf) interpreter segment: refused
load: bad: segment past the end of the file
(exec-bad-elf) p_offset past the end: refused
load: bad: segment past the end of the file
(exec-bad-elf) p_offset wraps around: refused
load: bad: segment outside user memory
(exec-bad-elf) vaddr in page 0: refused
load: bad: segment outside user memory
(exec-bad-elf) vaddr in the kernel: refused
load: bad: segment outside user memory
(exec-bad-elf) vaddr + memsz wraps: refused
load: bad: segment misaligned
(exec-bad-elf) vaddr misaligned: refused
load: bad: segment file size exceeds its memory size
(exec-bad-elf) filesz > memsz: refused
load: bad: segment outside user memory
(exec-bad-elf) memsz past user memory: refused
load: bad: segment alignment not a power of two
(exec-bad-elf) alignment not a power of 2: refused
load: bad: out of memory
(exec-bad-elf) memsz larger than memory: refused
load: short: not an ELF file
(exec-bad-elf) cut in the file header: refused
load: short: program headers past the end of the file
(exec-bad-elf) cut in a program header: refused
load: short: segment past the end of the file
(exec-bad-elf) cut in the code: refused
(exec-bad-elf) end
exec-bad-elf: exit(0)
''')
