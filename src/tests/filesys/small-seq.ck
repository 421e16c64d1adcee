# A small file written 100 bytes at a time, growing from empty, and read back.
from skiffcheck import *
expect('''
(small-seq) begin
(small-seq) wrote 5000 bytes, 100 at a time
(small-seq) read them back
(small-seq) end
small-seq: exit(0)
''')
