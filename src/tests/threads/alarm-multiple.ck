# Five threads sleep seven times each; the test itself checks that they
# were blocked while asleep and woke on time, in order (alarm-wait.c).
from skiffcheck import *
expect('''
(alarm-multiple) begin
(alarm-multiple) 5 threads sleep 7 times each, thread i for 10 * (i + 1) ticks
(alarm-multiple) while they sleep, no sleeper is on the ready list
(alarm-multiple) 35 wake-ups, each on time, in the order they were due
(alarm-multiple) end
''')
