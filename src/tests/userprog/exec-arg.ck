# exec() a child with arguments separated by runs of spaces.
from skiffcheck import *
files('child-args')
expect('''
(exec-arg) begin
child-args: exit(4)
(exec-arg) child-args returned 4
(exec-arg) end
exec-arg: exit(0)
''')
