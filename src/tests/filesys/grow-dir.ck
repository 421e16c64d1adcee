# A subdirectory grows past one sector: 60 files in it.
from skiffcheck import *
expect('''
(grow-dir) begin
(grow-dir) mkdir d
(grow-dir) created 60 files in d
(grow-dir) readdir lists 60 entries
(grow-dir) end
grow-dir: exit(0)
''')
