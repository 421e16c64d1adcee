# Children one after another, then several at once.
from skiffcheck import *
files('child-simple', 'child-args')
expect('''
(exec-multiple) begin
(child-simple) run
child-simple: exit(81)
(exec-multiple) child 0 returned 81
(child-simple) run
child-simple: exit(81)
(exec-multiple) child 1 returned 81
(child-simple) run
child-simple: exit(81)
(exec-multiple) child 2 returned 81
child-args: exit(3)
child-args: exit(3)
child-args: exit(3)
child-args: exit(3)
(exec-multiple) concurrent child 0 returned 3
(exec-multiple) concurrent child 1 returned 3
(exec-multiple) concurrent child 2 returned 3
(exec-multiple) concurrent child 3 returned 3
(exec-multiple) end
exec-multiple: exit(0)
''')
