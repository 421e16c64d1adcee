# read() from files, at the end, and from bad descriptors.
from skiffcheck import *
expect('''
(read-basic) begin
(read-basic) create data
(read-basic) open data
(read-basic) write 300 bytes
(read-basic) read 100 bytes
(read-basic) read the 200 left
(read-basic) read at the end: 0
(read-basic) read 0 bytes: 0
(read-basic) read from the console: -1
(read-basic) read from an unopened fd: -1
(read-basic) read from fd -5: -1
(read-basic) read from fd 1000: -1
(read-basic) read from a closed fd: -1
(read-basic) end
read-basic: exit(0)
''')
