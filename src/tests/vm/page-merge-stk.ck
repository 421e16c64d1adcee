# A merge sort on the stack, through swap.
from skiffcheck import *
options("-ul=24")
runner_args("--swap-size=2")
expect('''
(page-merge-stk) begin
(page-merge-stk) sorted on the stack
page-merge-stk: exit(0)
''')
