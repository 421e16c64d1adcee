# A child loads and runs while other processes keep taking the file
# system's lock: a fair lock (lock_release hands it to the longest waiter)
# lets the loader through; an unfair one starves it until the time limit.
from skiffcheck import *
files('child-spinner', 'child-simple')
expect('''
(exec-spinners) begin
(child-simple) run
child-simple: exit(81)
(exec-spinners) child-simple ran while 3 spinners kept the file system busy
child-spinner: exit(0)
child-spinner: exit(0)
child-spinner: exit(0)
(exec-spinners) all 3 spinners stopped
(exec-spinners) end
exec-spinners: exit(0)
''')
