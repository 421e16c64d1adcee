# Four processes write their own parts of one file at once; each part holds its writer's bytes.
from skiffcheck import *
files('child-syn-wr')
expect('''
(syn-write) begin
(syn-write) create a 32 kB file
child-syn-wr: exit(0)
child-syn-wr: exit(0)
child-syn-wr: exit(0)
child-syn-wr: exit(0)
(syn-write) all four wrote
(syn-write) each part holds its writer's bytes
(syn-write) end
syn-write: exit(0)
''')
