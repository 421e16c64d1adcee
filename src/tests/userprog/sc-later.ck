# The calls of later phases fail cleanly; chdir and mkdir work from the
# filesys phase on (fd 3 is never open here, so readdir, isdir and
# inumber fail in every phase).
from skiffcheck import *
directories = "true" if phase() == "filesys" else "false"
expect(f'''
(sc-later) begin
(sc-later) mmap fails
(sc-later) munmap returns
(sc-later) chdir ("/") returns {directories}
(sc-later) mkdir ("d") returns {directories}
(sc-later) readdir fails
(sc-later) isdir fails
(sc-later) inumber fails
(sc-later) end
sc-later: exit(0)
''')
