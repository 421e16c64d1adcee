# crash-create, the power cut after 95 sector writes.
from skiffcheck import *
power_cut(95)
reboot("check")
expect('''
(crash-create-3) begin check
(crash-create-3) the files made before the cut are whole, and none after a missing one
(crash-create-3) end check
crash-create-3: exit(0)
''')
