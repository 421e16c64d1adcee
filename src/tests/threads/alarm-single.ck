# Five threads sleep once each; the test itself checks that they were
# blocked while asleep and woke on time, in order (alarm-wait.c).
from skiffcheck import *
expect('''
(alarm-single) begin
(alarm-single) 5 threads sleep 1 time each, thread i for 10 * (i + 1) ticks
(alarm-single) while they sleep, no sleeper is on the ready list
(alarm-single) 5 wake-ups, each on time, in the order they were due
(alarm-single) end
''')
