# cond_signal() wakes the highest-priority waiter.
from skiffcheck import *
expect('''
(priority-condvar) begin
(priority-condvar) main signals
(priority-condvar) priority 35 woke up
(priority-condvar) main signals
(priority-condvar) priority 34 woke up
(priority-condvar) main signals
(priority-condvar) priority 33 woke up
(priority-condvar) main signals
(priority-condvar) priority 32 woke up
(priority-condvar) main signals
(priority-condvar) priority 31 woke up
(priority-condvar) main signals
(priority-condvar) priority 30 woke up
(priority-condvar) main signals
(priority-condvar) priority 29 woke up
(priority-condvar) main signals
(priority-condvar) priority 28 woke up
(priority-condvar) main signals
(priority-condvar) priority 27 woke up
(priority-condvar) main signals
(priority-condvar) priority 26 woke up
(priority-condvar) end
''')
