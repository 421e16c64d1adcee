# A child starts in its parent's current directory, and its chdir leaves the parent's alone.
from skiffcheck import *
files('child-cwd')
expect('''
(exec-cwd) begin
(exec-cwd) make d/marker
(exec-cwd) chdir d
/child-cwd: exit(0)
(exec-cwd) the child found marker in d
(exec-cwd) the parent is still in d
(exec-cwd) end
exec-cwd: exit(0)
''')
