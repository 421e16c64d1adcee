# A program whose code and data share a page loads and runs.
from skiffcheck import *
files('child-share')
expect('''
(exec-shared-pg) begin
(child-share) run: read-only 21 114
child-share: exit(21)
(exec-shared-pg) child-share returned 21
(exec-shared-pg) end
exec-shared-pg: exit(0)
''')
