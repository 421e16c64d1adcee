# One lock, two waiters: the holder runs at the highest waiter's priority.
from skiffcheck import *
expect('''
(priority-donate-one) begin
(priority-donate-one) main runs at priority 32, lent by waiter-32
(priority-donate-one) main runs at priority 33, lent by waiter-33
(priority-donate-one) waiter-33 got the lock
(priority-donate-one) waiter-33 done
(priority-donate-one) waiter-32 got the lock
(priority-donate-one) waiter-32 done
(priority-donate-one) main runs at priority 31 after the release
(priority-donate-one) end
''')
