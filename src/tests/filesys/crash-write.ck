# crash-write, the power cut after 20 sector writes.
from skiffcheck import *
power_cut(20)
reboot("check")
expect('''
(crash-write) begin check
(crash-write) nothing half-written
(crash-write) end check
crash-write: exit(0)
''')
