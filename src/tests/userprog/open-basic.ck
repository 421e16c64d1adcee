# open() of files that exist and that do not.
from skiffcheck import *
expect('''
(open-basic) begin
(open-basic) open my own executable
(open-basic) open it again: another descriptor
(open-basic) both see the same size
(open-basic) open a missing file fails
(open-basic) open an empty name fails
(open-basic) end
open-basic: exit(0)
''')
