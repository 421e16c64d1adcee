# Three processes each make a directory of 12 files at once.
from skiffcheck import *
files('child-syn-dir')
expect('''
(syn-dirs) begin
child-syn-dir: exit(0)
child-syn-dir: exit(0)
child-syn-dir: exit(0)
(syn-dirs) all three made their directories
(syn-dirs) each holds its 12 files
(syn-dirs) end
syn-dirs: exit(0)
''')
