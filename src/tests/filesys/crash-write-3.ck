# crash-write, the power cut after 300 sector writes.
from skiffcheck import *
power_cut(300)
reboot("check")
expect('''
(crash-write-3) begin check
(crash-write-3) nothing half-written
(crash-write-3) end check
crash-write-3: exit(0)
''')
