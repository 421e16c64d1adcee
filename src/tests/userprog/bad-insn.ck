# An invalid instruction kills the process.
from skiffcheck import *
expect('''
(bad-insn) begin
bad-insn: exit(-1)
''')
