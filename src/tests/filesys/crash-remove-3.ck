# crash-remove, the power cut after 200 sector writes.
from skiffcheck import *
power_cut(200)
reboot("check")
expect('''
(crash-remove-3) begin check
(crash-remove-3) the files left are whole, and some point of the run left them
(crash-remove-3) end check
crash-remove-3: exit(0)
''')
