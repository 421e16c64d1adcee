# A 20 kB file read ten times: with a buffer cache, the disk is read for it once at most.
from skiffcheck import *
@check_disk
def few_reads(reads, writes):
    # Mounting (which checks the disk) and loading the program read about
    # 35 sectors, reading the file once 40 more; without a cache the ten
    # rounds alone read 400.
    if reads > 100:
        fail(f"the file-system disk was read {reads} times: is the cache used?")
expect('''
(cache-hit) begin
(cache-hit) read 20 kB ten times: 400 sectors asked for
(cache-hit) end
cache-hit: exit(0)
''')
