# Preemption on thread_create(), and on wake-ups from the timer interrupt:
# the sleeper must run on the very tick it is due, even in the middle of
# main's time slice.
from skiffcheck import *
expect('''
(priority-preempt) begin
(priority-preempt) high thread, step 1
(priority-preempt) high thread, step 2
(priority-preempt) high thread, step 3
(priority-preempt) main: thread_create() returned after the high thread finished
(priority-preempt) the sleeper ran on the tick it was due after each of 5 sleeps
(priority-preempt) main: the sleeper is done
(priority-preempt) end
''')
