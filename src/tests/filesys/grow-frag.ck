# Free space in holes all over the disk: a big file still grows through them.
from skiffcheck import *
runner_args("--filesys-size=1")
expect('''
(grow-frag) begin
(grow-frag) filled the disk with 4 kB files
(grow-frag) removed every other one
(grow-frag) a 150 kB file grows in the holes
(grow-frag) and reads back
(grow-frag) end
grow-frag: exit(0)
''')
