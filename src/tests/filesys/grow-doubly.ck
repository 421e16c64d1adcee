# A 300 kB file: its end needs the doubly indirect pointer.
from skiffcheck import *
expect('''
(grow-doubly) begin
(grow-doubly) wrote 307200 bytes, 8192 at a time
(grow-doubly) read them back
(grow-doubly) end
grow-doubly: exit(0)
''')
