# crash-extend, the power cut after 150 sector writes.
from skiffcheck import *
power_cut(150)
reboot("check")
expect('''
(crash-extend-2) begin check
(crash-extend-2) all that is there is whole
(crash-extend-2) end check
crash-extend-2: exit(0)
''')
