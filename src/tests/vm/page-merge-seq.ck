# A merge sort through swap.
from skiffcheck import *
options("-ul=32")
runner_args("--swap-size=2")
expect('''
(page-merge-seq) begin
(page-merge-seq) sorted
page-merge-seq: exit(0)
''')
