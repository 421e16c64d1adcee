# Swap runs out: the process dies, its slots come back.
from skiffcheck import *
options("-ul=64")
runner_args("--swap-size=0.5")
expect('''
(page-swap-full) begin
page-swap-full: exit(-1)
page-swap-full: exit(-1)
(page-swap-full) both children got past the pool, into swap, equally deep
page-swap-full: exit(0)
''')
