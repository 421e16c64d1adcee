# crash-write, the power cut after 110 sector writes.
from skiffcheck import *
power_cut(110)
reboot("check")
expect('''
(crash-write-2) begin check
(crash-write-2) nothing half-written
(crash-write-2) end check
crash-write-2: exit(0)
''')
