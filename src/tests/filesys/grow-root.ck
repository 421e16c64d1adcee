# The root directory grows past its first sectors: 120 files in it.
from skiffcheck import *
expect('''
(grow-root) begin
(grow-root) created 120 files in the root
(grow-root) each opens with its size
(grow-root) end
grow-root: exit(0)
''')
