# A 32 kB file written one byte at a time: the cache merges the 32768 writes into a few per sector.
from skiffcheck import *
@check_disk
def merged_writes(reads, writes):
    # 64 data sectors, each written twice (the log, then home), plus the
    # program, the metadata and the commits: a few hundred, not 32768.
    if writes > 1000:
        fail(f"the file-system disk was written {writes} times: are "
             f"writes merged in the cache?")
expect('''
(cache-merge) begin
(cache-merge) create an empty file
(cache-merge) wrote 32768 single bytes
(cache-merge) and read them back
(cache-merge) end
cache-merge: exit(0)
''')
