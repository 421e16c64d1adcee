# syn-write, then a reboot and a check of what survived.
from skiffcheck import *
files('child-syn-wr')
reboot("check")
expect('''
(syn-write-p) begin
(syn-write-p) create an empty file
child-syn-wr: exit(0)
child-syn-wr: exit(0)
child-syn-wr: exit(0)
child-syn-wr: exit(0)
(syn-write-p) all four wrote
(syn-write-p) the file grew to 32 kB
(syn-write-p) each part holds its writer's bytes
(syn-write-p) end
syn-write-p: exit(0)
(syn-write-p) begin check
(syn-write-p) every part survived
(syn-write-p) end check
syn-write-p: exit(0)
''')
