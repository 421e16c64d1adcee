# Random writes and reads of a file that starts empty and grows, checked against a copy in memory.
from skiffcheck import *
expect('''
(small-rand) begin
(small-rand) create an empty file
(small-rand) 300 random reads and writes agree with the copy
(small-rand) the size is the end of the last write past it
(small-rand) end
small-rand: exit(0)
''')
