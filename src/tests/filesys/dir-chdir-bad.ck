# chdir to a missing directory fails and leaves the current directory as it was.
from skiffcheck import *
expect('''
(dir-chdir-bad) begin
(dir-chdir-bad) mkdir d, chdir d
(dir-chdir-bad) chdir missing fails
(dir-chdir-bad) chdir /nowhere/at/all fails
(dir-chdir-bad) create here
(dir-chdir-bad) it is in d: the current directory did not move
(dir-chdir-bad) end
dir-chdir-bad: exit(0)
''')
