# Paths with ".", ".." and repeated slashes.
from skiffcheck import *
expect('''
(dir-dots) begin
(dir-dots) mkdir a, a/b
(dir-dots) create a/b/../f
(dir-dots) it is /a/./f
(dir-dots) and //a//b//..//f
(dir-dots) chdir a/b, then ../..
(dir-dots) back at the root
(dir-dots) the root's parent is the root
(dir-dots) end
dir-dots: exit(0)
''')
