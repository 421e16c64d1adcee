# open() opens a directory: isdir says so, reads and writes move nothing, readdir works.
from skiffcheck import *
expect('''
(dir-open) begin
(dir-open) mkdir d
(dir-open) create d/x
(dir-open) open d
(dir-open) isdir says it is a directory
(dir-open) write to it writes nothing
(dir-open) readdir gives x
(dir-open) and then nothing
(dir-open) d/x is not a directory
(dir-open) readdir of a file fails
(dir-open) it is empty
(dir-open) open / gives the root
(dir-open) end
dir-open: exit(0)
''')
