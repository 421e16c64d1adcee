# Platform test: a lock passes to its waiters first come, first served.
# The waiters share one priority, so priority scheduling keeps this order.
from skiffcheck import *
expect('''
(synch-lock-handoff) begin
(synch-lock-handoff) main releases the lock
(synch-lock-handoff) waiter 1 has the lock
(synch-lock-handoff) waiter 2 has the lock
(synch-lock-handoff) waiter 3 has the lock
(synch-lock-handoff) waiter 4 has the lock
(synch-lock-handoff) all waiters done
(synch-lock-handoff) end
''')
