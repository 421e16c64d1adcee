# An open directory cannot be removed (our choice: see doc/filesys.md); closed, it can.
from skiffcheck import *
expect('''
(dir-rm-open) begin
(dir-rm-open) mkdir d
(dir-rm-open) remove d fails while it is open
(dir-rm-open) closed, it can be removed
(dir-rm-open) end
dir-rm-open: exit(0)
''')
