# crash-mkdir, the power cut after 70 sector writes.
from skiffcheck import *
power_cut(70)
reboot("check")
expect('''
(crash-mkdir-2) begin check
(crash-mkdir-2) the directories made before the cut are there, and whole
(crash-mkdir-2) end check
crash-mkdir-2: exit(0)
''')
