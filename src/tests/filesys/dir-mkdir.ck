# mkdir, then a file made in the new directory by a relative path after chdir and by an absolute one.
from skiffcheck import *
expect('''
(dir-mkdir) begin
(dir-mkdir) mkdir a
(dir-mkdir) create /a/one
(dir-mkdir) chdir a
(dir-mkdir) create two, relative to a
(dir-mkdir) open /a/two: 20 bytes
(dir-mkdir) open one, relative: 10 bytes
(dir-mkdir) there is no /one
(dir-mkdir) end
dir-mkdir: exit(0)
''')
