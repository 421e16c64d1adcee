# Maps a file of a subdirectory that grew sparsely, reads the hole and the data through memory, and writes through the mapping into the file.
from skiffcheck import *
expect('''
(mmap-grown) begin
(mmap-grown) create m/f
(mmap-grown) write past a hole
(mmap-grown) map m/f
(mmap-grown) the mapping shows the hole and the data
(mmap-grown) the write through memory is in the file
(mmap-grown) and the file did not grow
(mmap-grown) end
mmap-grown: exit(0)
''')
