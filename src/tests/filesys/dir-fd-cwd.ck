# A descriptor opened before a chdir keeps its file; relative names follow the new directory.
from skiffcheck import *
expect('''
(dir-fd-cwd) begin
(dir-fd-cwd) make f (5 bytes) and d/f (7 bytes)
(dir-fd-cwd) chdir d
(dir-fd-cwd) the old descriptor still reads /f
(dir-fd-cwd) a new open of f finds d/f
(dir-fd-cwd) and reads it
(dir-fd-cwd) end
dir-fd-cwd: exit(0)
''')
