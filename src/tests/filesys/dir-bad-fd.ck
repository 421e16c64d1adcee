# readdir, isdir and inumber of descriptors that are not open fail cleanly, while those of open ones answer.
from skiffcheck import *
expect('''
(dir-bad-fd) begin
(dir-bad-fd) readdir of a bad descriptor fails
(dir-bad-fd) isdir of a bad descriptor is false
(dir-bad-fd) inumber of a bad descriptor is -1
(dir-bad-fd) while open ones answer
(dir-bad-fd) end
dir-bad-fd: exit(0)
''')
