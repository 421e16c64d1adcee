# open() fails cleanly when a process has too many files open.
from skiffcheck import *
expect('''
(fd-limit) begin
(fd-limit) open fails at some limit, cleanly
(fd-limit) after closing them all, open works
(fd-limit) end
fd-limit: exit(0)
''')
