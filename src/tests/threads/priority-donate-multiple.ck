# Two locks: each release drops exactly its own donation.
from skiffcheck import *
expect('''
(priority-donate-multiple) begin
(priority-donate-multiple) main runs at priority 32
(priority-donate-multiple) main runs at priority 33
(priority-donate-multiple) b-waiter-33 got its lock
(priority-donate-multiple) b-waiter-33 done
(priority-donate-multiple) main released lock b, runs at priority 32
(priority-donate-multiple) a-waiter-32 got its lock
(priority-donate-multiple) a-waiter-32 done
(priority-donate-multiple) main released lock a, runs at priority 31
(priority-donate-multiple) end
''')
