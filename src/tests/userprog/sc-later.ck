# The calls of later phases fail cleanly.
from skiffcheck import *
expect('''
(sc-later) begin
(sc-later) mmap fails
(sc-later) munmap returns
(sc-later) chdir fails
(sc-later) mkdir fails
(sc-later) readdir fails
(sc-later) isdir fails
(sc-later) inumber fails
(sc-later) end
sc-later: exit(0)
''')
