# grow-two, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(grow-two-p) begin
(grow-two-p) create two empty files
(grow-two-p) wrote 50 pieces to each in turn
(grow-two-p) each holds its own bytes
(grow-two-p) end
grow-two-p: exit(0)
(grow-two-p) begin check
(grow-two-p) both survived
(grow-two-p) end check
grow-two-p: exit(0)
''')
