# The root cannot be removed by any of its names, also from a subdirectory (where ".." is the root).
from skiffcheck import *
expect('''
(dir-rm-root) begin
(dir-rm-root) mkdir d and chdir d
(dir-rm-root) remove / fails
(dir-rm-root) remove .. fails
(dir-rm-root) remove ../. fails
(dir-rm-root) remove /.. fails
(dir-rm-root) remove ../d/.. fails
(dir-rm-root) the root still works
(dir-rm-root) end
dir-rm-root: exit(0)
''')
