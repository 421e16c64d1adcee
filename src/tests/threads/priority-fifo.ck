# Equal priorities take turns round-robin, in a fixed order.
from skiffcheck import *
expect('''
(priority-fifo) begin
(priority-fifo) round 1: 0 1 2 3 4 5 6 7
(priority-fifo) round 2: 0 1 2 3 4 5 6 7
(priority-fifo) round 3: 0 1 2 3 4 5 6 7
(priority-fifo) round 4: 0 1 2 3 4 5 6 7
(priority-fifo) round 5: 0 1 2 3 4 5 6 7
(priority-fifo) end
''')
