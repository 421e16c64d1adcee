# An executable run by several processes stays read-only until all end.
from skiffcheck import *
expect('''
(rox-multi) begin
rox-multi: exit(0)
rox-multi: exit(0)
(rox-multi) no copy could write while others ran
(rox-multi) end
rox-multi: exit(0)
''')
