# grow-seek, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(grow-seek-p) begin
(grow-seek-p) create a 10-byte file
(grow-seek-p) write 100 bytes at 5000
(grow-seek-p) size and position are 5100
(grow-seek-p) the gap reads as zeros
(grow-seek-p) read the 100 bytes back
(grow-seek-p) end
grow-seek-p: exit(0)
(grow-seek-p) begin check
(grow-seek-p) the size is still 5100
(grow-seek-p) read the 100 bytes
(grow-seek-p) end check
grow-seek-p: exit(0)
''')
