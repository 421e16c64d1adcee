# The current directory cannot be removed, from inside or outside.
from skiffcheck import *
expect('''
(dir-rm-cwd) begin
(dir-rm-cwd) mkdir d, chdir d
(dir-rm-cwd) remove /d fails while it is the current directory
(dir-rm-cwd) remove . fails
(dir-rm-cwd) d still works
(dir-rm-cwd) chdir /
(dir-rm-cwd) now d can go
(dir-rm-cwd) end
dir-rm-cwd: exit(0)
''')
