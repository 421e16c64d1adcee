# Random writes to a mapping under pressure.
from skiffcheck import *
options("-ul=24")
runner_args("--swap-size=1")
expect('''
(mmap-shuffle) begin
(mmap-shuffle) shuffled, nothing lost
mmap-shuffle: exit(0)
''')
