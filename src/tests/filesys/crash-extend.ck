# crash-extend, the power cut after 30 sector writes.
from skiffcheck import *
power_cut(30)
reboot("check")
expect('''
(crash-extend) begin check
(crash-extend) all that is there is whole
(crash-extend) end check
crash-extend: exit(0)
''')
