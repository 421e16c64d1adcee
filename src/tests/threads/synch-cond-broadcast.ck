# Platform test: signal wakes one waiter, broadcast the rest. Equal
# priorities, so the output is the same with priority scheduling.
from skiffcheck import *
expect('''
(synch-cond-broadcast) begin
(synch-cond-broadcast) 5 threads waiting
(synch-cond-broadcast) after signal: 1 woken
(synch-cond-broadcast) after broadcast: 5 woken
(synch-cond-broadcast) end
''')
