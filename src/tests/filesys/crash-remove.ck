# crash-remove, the power cut after 50 sector writes.
from skiffcheck import *
power_cut(50)
reboot("check")
expect('''
(crash-remove) begin check
(crash-remove) the files left are whole, and some point of the run left them
(crash-remove) end check
crash-remove: exit(0)
''')
