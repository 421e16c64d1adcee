# write() to files, the console, and bad descriptors.
from skiffcheck import *
expect('''
(write-basic) begin
(write-basic) a line written straight to the console
(write-basic) write to the console returns its size
(write-basic) create data, 50 bytes
(write-basic) write 0 bytes: 0
(write-basic) write 30 bytes
(write-basic) position 30
(write-basic) write 70 more: at least the 20 that fit
(write-basic) write to the keyboard: -1
(write-basic) write to an unopened fd: -1
(write-basic) write to fd -1: -1
(write-basic) read 50 bytes back
(write-basic) end
write-basic: exit(0)
''')
