# A small file written with one call and read back with one.
from skiffcheck import *
expect('''
(small-full) begin
(small-full) wrote 5000 bytes, 5000 at a time
(small-full) read them back
(small-full) end
small-full: exit(0)
''')
