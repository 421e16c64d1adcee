# No mapping over the program.
from skiffcheck import *
expect('''
(mmap-over-code) begin
(mmap-over-code) over code: refused
(mmap-over-code) over read-only data: refused
(mmap-over-code) over data: refused
(mmap-over-code) over bss: refused
(mmap-over-code) all intact
(mmap-over-code) the file maps elsewhere
mmap-over-code: exit(0)
''')
