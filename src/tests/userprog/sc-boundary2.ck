# A system-call number split between two mapped pages works.
from skiffcheck import *
expect('''
(sc-boundary2) begin
sc-boundary2: exit(67)
''')
