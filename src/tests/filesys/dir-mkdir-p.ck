# dir-mkdir, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(dir-mkdir-p) begin
(dir-mkdir-p) mkdir a
(dir-mkdir-p) create /a/one
(dir-mkdir-p) chdir a
(dir-mkdir-p) create two, relative to a
(dir-mkdir-p) open /a/two: 20 bytes
(dir-mkdir-p) open one, relative: 10 bytes
(dir-mkdir-p) there is no /one
(dir-mkdir-p) end
dir-mkdir-p: exit(0)
(dir-mkdir-p) begin check
(dir-mkdir-p) /a/one survived
(dir-mkdir-p) a/two survived
(dir-mkdir-p) end check
dir-mkdir-p: exit(0)
''')
