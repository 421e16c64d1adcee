# grow-dir, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(grow-dir-p) begin
(grow-dir-p) mkdir d
(grow-dir-p) created 60 files in d
(grow-dir-p) readdir lists 60 entries
(grow-dir-p) end
grow-dir-p: exit(0)
(grow-dir-p) begin check
(grow-dir-p) d still lists 60 entries
(grow-dir-p) end check
grow-dir-p: exit(0)
''')
