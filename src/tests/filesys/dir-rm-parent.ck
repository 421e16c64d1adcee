# A parent with a child directory cannot be removed; ".." cannot be removed either.
from skiffcheck import *
expect('''
(dir-rm-parent) begin
(dir-rm-parent) mkdir p, p/c
(dir-rm-parent) chdir p/c
(dir-rm-parent) remove .. fails
(dir-rm-parent) remove /p fails: it is not empty
(dir-rm-parent) from the root, p/c then p go
(dir-rm-parent) end
dir-rm-parent: exit(0)
''')
