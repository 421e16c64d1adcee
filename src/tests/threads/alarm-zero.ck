# timer_sleep (0) returns without waiting for a tick.
from skiffcheck import *
expect('''
(alarm-zero) begin
(alarm-zero) timer_sleep (0) returned at once
(alarm-zero) end
''')
