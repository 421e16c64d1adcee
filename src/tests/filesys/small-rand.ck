# Random writes and reads inside a 6000-byte file, checked against a copy in memory.
from skiffcheck import *
expect('''
(small-rand) begin
(small-rand) create a 6000-byte file
(small-rand) 300 random reads and writes agree with the copy
(small-rand) the size is still 6000
(small-rand) end
small-rand: exit(0)
''')
