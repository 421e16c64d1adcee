# A file is not a directory: in a subdirectory and from the root, nothing can be made under it, paths through it lead nowhere, and chdir into it fails.
from skiffcheck import *
expect('''
(dir-under-file) begin
(dir-under-file) create d/f
(dir-under-file) create d/f/x fails
(dir-under-file) mkdir d/f/d fails
(dir-under-file) chdir d/f fails
(dir-under-file) open d/f/x, d/f/. and d/f/.. fail
(dir-under-file) in d, create f/x and chdir f fail
(dir-under-file) f is still a file
(dir-under-file) end
dir-under-file: exit(0)
''')
