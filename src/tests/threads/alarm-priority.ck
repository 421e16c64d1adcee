# Threads due on the same tick run highest priority first.
from skiffcheck import *
expect('''
(alarm-priority) begin
(alarm-priority) priority 30 woke up
(alarm-priority) priority 29 woke up
(alarm-priority) priority 28 woke up
(alarm-priority) priority 27 woke up
(alarm-priority) priority 26 woke up
(alarm-priority) priority 25 woke up
(alarm-priority) priority 24 woke up
(alarm-priority) priority 23 woke up
(alarm-priority) priority 22 woke up
(alarm-priority) priority 21 woke up
(alarm-priority) end
''')
