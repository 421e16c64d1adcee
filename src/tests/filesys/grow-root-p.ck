# grow-root, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(grow-root-p) begin
(grow-root-p) created 120 files in the root
(grow-root-p) each opens with its size
(grow-root-p) end
grow-root-p: exit(0)
(grow-root-p) begin check
(grow-root-p) all 120 files survived
(grow-root-p) end check
grow-root-p: exit(0)
''')
