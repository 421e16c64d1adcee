# Lazily loaded data and bss.
from skiffcheck import *
expect('''
(pt-data-bss) begin
(pt-data-bss) data has its values
(pt-data-bss) bss is zero
(pt-data-bss) both keep what is written
pt-data-bss: exit(0)
''')
