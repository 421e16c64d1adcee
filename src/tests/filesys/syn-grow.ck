# A child extends a file while its parent reads it: the parent never reads past the bytes written.
from skiffcheck import *
files('child-grow')
expect('''
(syn-grow) begin
(syn-grow) create an empty file
child-grow: exit(0)
(syn-grow) read all 21000 bytes as they arrived, each right
(syn-grow) end
syn-grow: exit(0)
''')
