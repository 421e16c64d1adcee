# crash-create, the power cut after 40 sector writes.
from skiffcheck import *
power_cut(40)
reboot("check")
expect('''
(crash-create-2) begin check
(crash-create-2) the files made before the cut are whole, and none after a missing one
(crash-create-2) end check
crash-create-2: exit(0)
''')
