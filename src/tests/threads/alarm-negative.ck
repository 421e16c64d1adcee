# timer_sleep() of a negative count returns at once, INT64_MIN included.
from skiffcheck import *
expect('''
(alarm-negative) begin
(alarm-negative) timer_sleep (-1) returned at once
(alarm-negative) timer_sleep (-100) returned at once
(alarm-negative) timer_sleep (-9223372036854775808) returned at once
(alarm-negative) end
''')
