# An empty directory can be removed; its name is then free.
from skiffcheck import *
expect('''
(dir-rm-empty) begin
(dir-rm-empty) mkdir d
(dir-rm-empty) remove d
(dir-rm-empty) d is gone
(dir-rm-empty) chdir d fails
(dir-rm-empty) the name d is free for a file
(dir-rm-empty) end
dir-rm-empty: exit(0)
''')
