# Returning from main exits with its value.
from skiffcheck import *
expect('''
(exit-return) begin
exit-return: exit(42)
''')
