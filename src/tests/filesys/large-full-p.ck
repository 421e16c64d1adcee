# large-full, then a reboot.
from skiffcheck import *
reboot("check")
expect('''
(large-full-p) begin
(large-full-p) wrote 65536 bytes, 65536 at a time
(large-full-p) read them back
(large-full-p) end
large-full-p: exit(0)
(large-full-p) begin check
(large-full-p) 'data' survived
(large-full-p) end check
large-full-p: exit(0)
''')
