# dir-tree, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(dir-tree-p) begin
(dir-tree-p) made 39 directories and 27 files
(dir-tree-p) every leaf holds its bytes
(dir-tree-p) end
dir-tree-p: exit(0)
(dir-tree-p) begin check
(dir-tree-p) the whole tree survived
(dir-tree-p) end check
dir-tree-p: exit(0)
''')
