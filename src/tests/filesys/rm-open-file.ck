# A removed file stays readable through a descriptor opened before; its name is free at once.
from skiffcheck import *
expect('''
(rm-open-file) begin
(rm-open-file) remove f while open
(rm-open-file) f cannot be opened again
(rm-open-file) the open descriptor reads all 3000 bytes
(rm-open-file) a new f can be made
(rm-open-file) end
rm-open-file: exit(0)
''')
