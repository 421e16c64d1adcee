# crash-create, the power cut after 7 sector writes.
from skiffcheck import *
power_cut(7)
reboot("check")
expect('''
(crash-create) begin check
(crash-create) the files made before the cut are whole, and none after a missing one
(crash-create) end check
crash-create: exit(0)
''')
