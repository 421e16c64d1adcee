# Division by zero kills the process.
from skiffcheck import *
expect('''
(bad-div) begin
bad-div: exit(-1)
''')
