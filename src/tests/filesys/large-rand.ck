# Random 1-sector writes into a file that starts empty and grows up to 200 kB, each read back, and the holes read as zeros.
from skiffcheck import *
expect('''
(large-rand) begin
(large-rand) create an empty file
(large-rand) 100 random writes read back
(large-rand) the file grew to the end of the last block
(large-rand) the blocks never written read as zeros
(large-rand) end
large-rand: exit(0)
''')
