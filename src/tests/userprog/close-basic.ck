# close() of descriptors that name nothing does nothing.
from skiffcheck import *
expect('''
(close-basic) begin
(close-basic) open my own executable
(close-basic) after close, the descriptor names nothing
(close-basic) close it again
(close-basic) close 0, 1, -1, 5 and INT_MAX
(close-basic) the console still works
(close-basic) end
close-basic: exit(0)
''')
