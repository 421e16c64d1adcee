# A small file written and read in pieces of odd sizes.
from skiffcheck import *
expect('''
(fs-small) begin
(fs-small) create small, 1000 bytes
(fs-small) its size is 1000
(fs-small) wrote it in growing pieces
(fs-small) read it back in pieces of 333
(fs-small) seek to 500 and read 10 bytes
(fs-small) end
fs-small: exit(0)
''')
