# Random access to twice the memory there is.
from skiffcheck import *
options("-ul=32")
runner_args("--swap-size=2")
expect('''
(page-random) begin
(page-random) 1024 random touches all kept
page-random: exit(0)
''')
