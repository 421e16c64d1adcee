# crash-mkdir, the power cut after 12 sector writes.
from skiffcheck import *
power_cut(12)
reboot("check")
expect('''
(crash-mkdir) begin check
(crash-mkdir) the directories made before the cut are there, and whole
(crash-mkdir) end check
crash-mkdir: exit(0)
''')
