# small-seq, then a reboot.
from skiffcheck import *
reboot("check")
expect('''
(small-seq-p) begin
(small-seq-p) wrote 5000 bytes, 100 at a time
(small-seq-p) read them back
(small-seq-p) end
small-seq-p: exit(0)
(small-seq-p) begin check
(small-seq-p) 'data' survived
(small-seq-p) end check
small-seq-p: exit(0)
''')
