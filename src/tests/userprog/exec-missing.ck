# exec() of what cannot run returns -1 and the loader says why.
from skiffcheck import *
expect('''
(exec-missing) begin
load: no-such-file: open failed
(exec-missing) exec no-such-file: -1
(exec-missing) exec "": -1
(exec-missing) exec of spaces: -1
(exec-missing) create an empty file
load: empty: not an ELF file
(exec-missing) exec the empty file: -1
load: a-file-name-far-too-long-for-an: file name too long
(exec-missing) exec a name too long: -1
(exec-missing) end
exec-missing: exit(0)
''')
