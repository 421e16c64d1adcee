# A system call whose argument lies past the top of user memory kills the caller.
from skiffcheck import *
expect('''
(sc-bad-arg) begin
sc-bad-arg: exit(-1)
''')
