# Four processes read one file at once, in pieces of different sizes.
from skiffcheck import *
files('child-syn-rd')
expect('''
(syn-read) begin
(syn-read) wrote 40 kB
child-syn-rd: exit(0)
child-syn-rd: exit(0)
child-syn-rd: exit(0)
child-syn-rd: exit(0)
(syn-read) all four read every byte right
(syn-read) end
syn-read: exit(0)
''')
