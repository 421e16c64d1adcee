# Appends of growing sizes: after each the position and the size say where the end is.
from skiffcheck import *
expect('''
(grow-tell) begin
(grow-tell) create an empty file
(grow-tell) tell and filesize follow every append
(grow-tell) the file holds the appends in order
(grow-tell) end
grow-tell: exit(0)
''')
