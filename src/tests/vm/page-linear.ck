# Linear access to twice the memory there is.
from skiffcheck import *
options("-ul=32")
runner_args("--swap-size=2")
expect('''
(page-linear) begin
(page-linear) written
(page-linear) read back
page-linear: exit(0)
''')
