# grow-max, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(grow-max-p) begin
(grow-max-p) create an empty file
(grow-max-p) write the last byte of 8 MB
(grow-max-p) the size is 8 MB
(grow-max-p) a write at 9 MB writes nothing
(grow-max-p) the size is still 8 MB
(grow-max-p) end
grow-max-p: exit(0)
(grow-max-p) begin check
(grow-max-p) the size is 8 MB
(grow-max-p) the last byte survived
(grow-max-p) end check
grow-max-p: exit(0)
''')
