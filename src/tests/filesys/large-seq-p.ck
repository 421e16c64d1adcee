# large-seq, then a reboot.
from skiffcheck import *
reboot("check")
expect('''
(large-seq-p) begin
(large-seq-p) wrote 122880 bytes, 1000 at a time
(large-seq-p) read them back
(large-seq-p) end
large-seq-p: exit(0)
(large-seq-p) begin check
(large-seq-p) 'data' survived
(large-seq-p) end check
large-seq-p: exit(0)
''')
