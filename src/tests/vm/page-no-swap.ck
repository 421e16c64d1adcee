# Paging without swap: only clean pages are evicted.
from skiffcheck import *
options("-ul=64")
expect('''
(page-no-swap) begin
(page-no-swap) clean pages made room for the table
page-no-swap: exit(0)
''')
