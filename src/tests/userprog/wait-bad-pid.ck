# wait() for processes that are not children returns -1.
from skiffcheck import *
files('child-simple')
expect('''
(wait-bad-pid) begin
(wait-bad-pid) wait(-1) = -1
(wait-bad-pid) wait(0) = -1
(wait-bad-pid) wait(12345) = -1
(wait-bad-pid) create pid
(child-simple) run
child-simple: exit(81)
wait-bad-pid: exit(0)
(wait-bad-pid) the child ran a grandchild
(wait-bad-pid) read the grandchild's pid
(wait-bad-pid) wait(grandchild) = -1
(wait-bad-pid) end
wait-bad-pid: exit(0)
''')
