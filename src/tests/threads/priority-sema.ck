# sema_up() wakes the highest-priority waiter, which runs at once.
from skiffcheck import *
expect('''
(priority-sema) begin
(priority-sema) main ups the semaphore
(priority-sema) priority 35 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 34 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 33 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 32 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 31 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 30 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 29 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 28 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 27 passed the semaphore
(priority-sema) main ups the semaphore
(priority-sema) priority 26 passed the semaphore
(priority-sema) end
''')
