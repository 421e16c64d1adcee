# Random 1-sector writes over a 200 kB file, each then checked.
from skiffcheck import *
expect('''
(large-rand) begin
(large-rand) create a 200 kB file
(large-rand) 100 random writes read back
(large-rand) end
large-rand: exit(0)
''')
