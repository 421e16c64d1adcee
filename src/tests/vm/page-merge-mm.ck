# A merge sort on a mapped file, under pressure.
from skiffcheck import *
options("-ul=24")
runner_args("--swap-size=2")
expect('''
(page-merge-mm) begin
(page-merge-mm) create "words"
(page-merge-mm) write it
(page-merge-mm) read it back
(page-merge-mm) the file is sorted
page-merge-mm: exit(0)
''')
