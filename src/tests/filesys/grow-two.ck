# Two files grow at once, in turns, so that their sectors interleave on disk.
from skiffcheck import *
expect('''
(grow-two) begin
(grow-two) create two empty files
(grow-two) wrote 50 pieces to each in turn
(grow-two) each holds its own bytes
(grow-two) end
grow-two: exit(0)
''')
