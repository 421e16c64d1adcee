# Four processes read one file at once.
from skiffcheck import *
files('child-reader')
expect('''
(fs-readers) begin
(fs-readers) create shared
(fs-readers) write 40 kB
child-reader: exit(0)
child-reader: exit(0)
child-reader: exit(0)
child-reader: exit(0)
(fs-readers) 4 readers all read the right bytes
(fs-readers) end
fs-readers: exit(0)
''')
