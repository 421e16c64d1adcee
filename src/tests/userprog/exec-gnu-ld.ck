# A program linked with GNU ld's default script loads and runs.
from skiffcheck import *
files('child-ld')
expect('''
(exec-gnu-ld) begin
(child-ld) run
child-ld: exit(42)
(exec-gnu-ld) child-ld returned 42
(exec-gnu-ld) end
exec-gnu-ld: exit(0)
''')
