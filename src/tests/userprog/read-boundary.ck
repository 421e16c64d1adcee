# read() and write() with buffers across page boundaries.
from skiffcheck import *
expect('''
(read-boundary) begin
(read-boundary) create data
(read-boundary) write 5000 bytes across pages
(read-boundary) read them back across pages
(read-boundary) end
read-boundary: exit(0)
''')
