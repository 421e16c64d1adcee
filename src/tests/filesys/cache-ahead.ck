# A file read in order: read-ahead fetches each next sector, and no sector is read twice.
from skiffcheck import *
@check_disk
def each_sector_once(reads, writes):
    # 200 sectors, of which the cache still holds the last written ones,
    # plus boot and mount: a sector read twice would push this past 320.
    if reads > 320:
        fail(f"the file-system disk was read {reads} times for a 200-sector file")
expect('''
(cache-ahead) begin
(cache-ahead) read 100 kB in order, a sector at a time
(cache-ahead) end
cache-ahead: exit(0)
''')
