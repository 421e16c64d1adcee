# A new higher-priority thread runs at once; lowering one's priority
# below a ready thread's yields at once.
from skiffcheck import *
expect('''
(priority-change) begin
(priority-change) main creates riser at priority 32
(priority-change) riser runs at priority 32
(priority-change) main runs again: riser lowered itself below main
(priority-change) riser runs again at priority 30
(priority-change) main runs again at priority 29: riser has finished
(priority-change) end
''')
