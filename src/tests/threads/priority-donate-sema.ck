# A donated priority decides who sema_up() wakes.
from skiffcheck import *
expect('''
(priority-donate-sema) begin
(priority-donate-sema) main ups the semaphore
(priority-donate-sema) low passed the semaphore at priority 36
(priority-donate-sema) high got the lock
(priority-donate-sema) high done
(priority-donate-sema) low done at priority 32
(priority-donate-sema) main ups the semaphore again
(priority-donate-sema) medium passed the semaphore
(priority-donate-sema) main done
(priority-donate-sema) end
''')
