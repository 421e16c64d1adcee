# The biggest file: 8 MB and a little; a write past it stops there.
from skiffcheck import *
expect('''
(grow-max) begin
(grow-max) create an empty file
(grow-max) write the last byte of 8 MB
(grow-max) the size is 8 MB
(grow-max) a write at 9 MB writes nothing
(grow-max) the size is still 8 MB
(grow-max) end
grow-max: exit(0)
''')
