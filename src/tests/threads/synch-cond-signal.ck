# Platform test: a bounded buffer with two condition variables. Equal
# priorities, so the output is the same with priority scheduling.
from skiffcheck import *
expect('''
(synch-cond-signal) begin
(synch-cond-signal) consumed 100 items in order, sum 5050, buffer never over 3
(synch-cond-signal) end
''')
