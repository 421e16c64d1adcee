# halt() turns the machine off at once: nothing after it runs, and the
# process never prints an exit line.
from skiffcheck import *
expect_halt()
expect('''
(halt) begin
''')
