# A 120 kB file, past the direct and into the indirect pointers, written 1000 bytes at a time.
from skiffcheck import *
expect('''
(large-seq) begin
(large-seq) wrote 122880 bytes, 1000 at a time
(large-seq) read them back
(large-seq) end
large-seq: exit(0)
''')
