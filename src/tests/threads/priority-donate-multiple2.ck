# Two locks released in the other order; a bystander of middling
# priority must wait until both donations are gone.
from skiffcheck import *
expect('''
(priority-donate-multiple2) begin
(priority-donate-multiple2) main runs at priority 36
(priority-donate-multiple2) main released lock a, runs at priority 36
(priority-donate-multiple2) b-waiter-36 got its lock
(priority-donate-multiple2) b-waiter-36 done
(priority-donate-multiple2) a-waiter-34 got its lock
(priority-donate-multiple2) a-waiter-34 done
(priority-donate-multiple2) bystander-32 runs
(priority-donate-multiple2) main released lock b, runs at priority 31
(priority-donate-multiple2) end
''')
