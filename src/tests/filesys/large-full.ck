# A 64 kB file written with one call and read back with one.
from skiffcheck import *
expect('''
(large-full) begin
(large-full) wrote 65536 bytes, 65536 at a time
(large-full) read them back
(large-full) end
large-full: exit(0)
''')
