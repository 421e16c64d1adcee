# Writing until the disk is full: the last write is short, nothing breaks, and removing the file gives the space back.
from skiffcheck import *
runner_args("--filesys-size=1")
expect('''
(grow-full) begin
(grow-full) create an empty file
(grow-full) the file grew until the disk was full
(grow-full) remove it
(grow-full) the space is back: 400 kB fit again
(grow-full) end
grow-full: exit(0)
''')
