# grow-sparse, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(grow-sparse-p) begin
(grow-sparse-p) create an empty file
(grow-sparse-p) write one byte at 1000000
(grow-sparse-p) the size is 1000001
(grow-sparse-p) the million bytes before it are zeros
(grow-sparse-p) end
grow-sparse-p: exit(0)
(grow-sparse-p) begin check
(grow-sparse-p) the size is still 1000001
(grow-sparse-p) the byte is still there
(grow-sparse-p) the hole still reads as zeros
(grow-sparse-p) end check
grow-sparse-p: exit(0)
''')
