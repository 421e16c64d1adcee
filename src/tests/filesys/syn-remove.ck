# Another process removes a file this one has open: the descriptor still reads it all.
from skiffcheck import *
files('child-rm')
expect('''
(syn-remove) begin
child-rm: exit(0)
(syn-remove) a child removed it
(syn-remove) the name is gone
(syn-remove) the open descriptor reads 5000 bytes
(syn-remove) end
syn-remove: exit(0)
''')
