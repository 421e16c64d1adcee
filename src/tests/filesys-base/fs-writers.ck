# Four processes write their own parts of one file at once.
from skiffcheck import *
files('child-writer')
expect('''
(fs-writers) begin
(fs-writers) create shared
child-writer: exit(0)
child-writer: exit(0)
child-writer: exit(0)
child-writer: exit(0)
(fs-writers) 4 writers all wrote their part
(fs-writers) every part holds its writer's bytes
(fs-writers) end
fs-writers: exit(0)
''')
