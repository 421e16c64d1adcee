# A write far past the end: the file grows to cover it, and the hole reads as zeros.
from skiffcheck import *
expect('''
(grow-sparse) begin
(grow-sparse) create an empty file
(grow-sparse) write one byte at 1000000
(grow-sparse) the size is 1000001
(grow-sparse) the million bytes before it are zeros
(grow-sparse) end
grow-sparse: exit(0)
''')
