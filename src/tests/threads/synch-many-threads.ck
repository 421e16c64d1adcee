# Platform test: 40 threads update one counter under a lock. All threads
# have the same priority, so priority scheduling does not change the output.
from skiffcheck import *
expect('''
(synch-many-threads) begin
(synch-many-threads) 40 threads joined, counter = 2000 (expected 2000)
(synch-many-threads) end
''')
