# Seek past the end, then write: the gap between the old end and the write reads as zeros.
from skiffcheck import *
expect('''
(grow-seek) begin
(grow-seek) create a 10-byte file
(grow-seek) write 100 bytes at 5000
(grow-seek) size and position are 5100
(grow-seek) the gap reads as zeros
(grow-seek) read the 100 bytes back
(grow-seek) end
grow-seek: exit(0)
''')
