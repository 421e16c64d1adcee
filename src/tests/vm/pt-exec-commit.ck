# A program that can never have its writable pages does not load.
from skiffcheck import *
options("-ul=64")
files("child-huge")
expect('''
(pt-exec-commit) begin
load: child-huge: out of memory
(pt-exec-commit) the 1 MB program is refused
pt-exec-commit: exit(7)
(pt-exec-commit) a small one runs
pt-exec-commit: exit(0)
''')
