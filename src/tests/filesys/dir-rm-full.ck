# A directory with something in it cannot be removed; once emptied it can.
from skiffcheck import *
expect('''
(dir-rm-full) begin
(dir-rm-full) mkdir d, create d/x
(dir-rm-full) remove d fails
(dir-rm-full) remove d/x
(dir-rm-full) now remove d works
(dir-rm-full) end
dir-rm-full: exit(0)
''')
