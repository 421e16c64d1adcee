# Inode numbers: the same file gives the same number through every name and descriptor, different files different ones.
from skiffcheck import *
expect('''
(dir-inumber) begin
(dir-inumber) make d, d/f and g
(dir-inumber) d/f and /d/./f share an inode number
(dir-inumber) g and d have their own
(dir-inumber) after chdir d, f has it too
(dir-inumber) a bad descriptor gives -1
(dir-inumber) end
dir-inumber: exit(0)
''')
