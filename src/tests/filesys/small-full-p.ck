# small-full, then a reboot.
from skiffcheck import *
reboot("check")
expect('''
(small-full-p) begin
(small-full-p) wrote 5000 bytes, 5000 at a time
(small-full-p) read them back
(small-full-p) end
small-full-p: exit(0)
(small-full-p) begin check
(small-full-p) 'data' survived
(small-full-p) end check
small-full-p: exit(0)
''')
