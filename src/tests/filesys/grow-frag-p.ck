# grow-frag, then a reboot and a check of what survived.
from skiffcheck import *
runner_args("--filesys-size=1")
reboot("check")
expect('''
(grow-frag-p) begin
(grow-frag-p) filled the disk with 4 kB files
(grow-frag-p) removed every other one
(grow-frag-p) a 150 kB file grows in the holes
(grow-frag-p) and reads back
(grow-frag-p) end
grow-frag-p: exit(0)
(grow-frag-p) begin check
(grow-frag-p) the big file survived
(grow-frag-p) end check
grow-frag-p: exit(0)
''')
