# crash-remove, the power cut after 120 sector writes.
from skiffcheck import *
power_cut(120)
reboot("check")
expect('''
(crash-remove-2) begin check
(crash-remove-2) the files left are whole, and some point of the run left them
(crash-remove-2) end check
crash-remove-2: exit(0)
''')
