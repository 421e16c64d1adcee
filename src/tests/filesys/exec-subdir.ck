# Programs in subdirectories run, by absolute and relative paths, two at once: the kernel pages them in (and shares their code) through the path, not the root directory.
from skiffcheck import *
files('child-cwd')
# The two children may end in either order.
expect_any('''
(exec-subdir) begin
(exec-subdir) make bin, d and d/marker
(exec-subdir) create bin/cc
(exec-subdir) copy /child-cwd to bin/cc
(exec-subdir) chdir d
(exec-subdir) exec it twice at once
/bin/cc: exit(0)
../bin/cc: exit(0)
(exec-subdir) both found marker in d
load: cc: open failed
(exec-subdir) no cc in d
(exec-subdir) end
exec-subdir: exit(0)
''', '''
(exec-subdir) begin
(exec-subdir) make bin, d and d/marker
(exec-subdir) create bin/cc
(exec-subdir) copy /child-cwd to bin/cc
(exec-subdir) chdir d
(exec-subdir) exec it twice at once
../bin/cc: exit(0)
/bin/cc: exit(0)
(exec-subdir) both found marker in d
load: cc: open failed
(exec-subdir) no cc in d
(exec-subdir) end
exec-subdir: exit(0)
''')
