# Clean mapped pages are not written back.
from skiffcheck import *
expect('''
(mmap-clean) begin
(mmap-clean) the file changed under the mapping
(mmap-clean) munmap did not write the clean page back
mmap-clean: exit(0)
''')
