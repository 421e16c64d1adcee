# Three threads due on the same tick must all wake on that tick, in the
# order they fell asleep (the documented order among equal priorities).
from skiffcheck import *
expect('''
(alarm-simultaneous) begin
(alarm-simultaneous) iteration 1: thread 0 woke 10 ticks after the start
(alarm-simultaneous) iteration 1: thread 1 woke 10 ticks after the start
(alarm-simultaneous) iteration 1: thread 2 woke 10 ticks after the start
(alarm-simultaneous) iteration 2: thread 0 woke 20 ticks after the start
(alarm-simultaneous) iteration 2: thread 1 woke 20 ticks after the start
(alarm-simultaneous) iteration 2: thread 2 woke 20 ticks after the start
(alarm-simultaneous) iteration 3: thread 0 woke 30 ticks after the start
(alarm-simultaneous) iteration 3: thread 1 woke 30 ticks after the start
(alarm-simultaneous) iteration 3: thread 2 woke 30 ticks after the start
(alarm-simultaneous) iteration 4: thread 0 woke 40 ticks after the start
(alarm-simultaneous) iteration 4: thread 1 woke 40 ticks after the start
(alarm-simultaneous) iteration 4: thread 2 woke 40 ticks after the start
(alarm-simultaneous) iteration 5: thread 0 woke 50 ticks after the start
(alarm-simultaneous) iteration 5: thread 1 woke 50 ticks after the start
(alarm-simultaneous) iteration 5: thread 2 woke 50 ticks after the start
(alarm-simultaneous) end
''')
