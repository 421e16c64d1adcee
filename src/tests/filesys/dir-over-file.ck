# Names are unique across files and directories: no mkdir over a file, no create over a directory.
from skiffcheck import *
expect('''
(dir-over-file) begin
(dir-over-file) create f
(dir-over-file) mkdir f fails
(dir-over-file) mkdir d
(dir-over-file) create d fails
(dir-over-file) mkdir d again fails
(dir-over-file) f is still a file
(dir-over-file) end
dir-over-file: exit(0)
''')
