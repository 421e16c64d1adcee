# Four processes write their own parts of one empty file at once, growing it; each part holds its writer's bytes.
from skiffcheck import *
files('child-syn-wr')
expect('''
(syn-write) begin
(syn-write) create an empty file
child-syn-wr: exit(0)
child-syn-wr: exit(0)
child-syn-wr: exit(0)
child-syn-wr: exit(0)
(syn-write) all four wrote
(syn-write) the file grew to 32 kB
(syn-write) each part holds its writer's bytes
(syn-write) end
syn-write: exit(0)
''')
