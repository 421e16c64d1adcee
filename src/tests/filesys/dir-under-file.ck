# A file is not a directory: nothing can be made under it, and chdir into it fails.
from skiffcheck import *
expect('''
(dir-under-file) begin
(dir-under-file) create f
(dir-under-file) create f/x fails
(dir-under-file) mkdir f/d fails
(dir-under-file) chdir f fails
(dir-under-file) open f/x fails
(dir-under-file) end
dir-under-file: exit(0)
''')
