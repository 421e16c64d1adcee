# exit() with a status of the program's choosing.
from skiffcheck import *
expect('''
(exit) begin
exit: exit(57)
''')
