# A tree three levels deep, three directories wide, a file in each leaf.
from skiffcheck import *
expect('''
(dir-tree) begin
(dir-tree) made 39 directories and 27 files
(dir-tree) every leaf holds its bytes
(dir-tree) end
dir-tree: exit(0)
''')
