# dir-rm-empty, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(dir-rm-empty-p) begin
(dir-rm-empty-p) mkdir d
(dir-rm-empty-p) remove d
(dir-rm-empty-p) d is gone
(dir-rm-empty-p) chdir d fails
(dir-rm-empty-p) the name d is free for a file
(dir-rm-empty-p) end
dir-rm-empty-p: exit(0)
(dir-rm-empty-p) begin check
(dir-rm-empty-p) d is a file after the reboot
(dir-rm-empty-p) end check
dir-rm-empty-p: exit(0)
''')
