# grow-doubly, then a reboot.
from skiffcheck import *
reboot("check")
expect('''
(grow-doubly-p) begin
(grow-doubly-p) wrote 307200 bytes, 8192 at a time
(grow-doubly-p) read them back
(grow-doubly-p) end
grow-doubly-p: exit(0)
(grow-doubly-p) begin check
(grow-doubly-p) 'data' survived
(grow-doubly-p) end check
grow-doubly-p: exit(0)
''')
