# A large file written by pages, read back unaligned and at scattered positions.
from skiffcheck import *
expect('''
(fs-large) begin
(fs-large) create large, 384 kB
(fs-large) wrote it a page at a time
(fs-large) read it back in pieces of 3001 bytes
(fs-large) read 50 pieces at scattered positions
(fs-large) end
fs-large: exit(0)
''')
