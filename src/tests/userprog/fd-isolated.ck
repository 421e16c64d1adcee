# A child inherits no descriptor and cannot close its parent's.
from skiffcheck import *
files('child-fds')
expect('''
(fd-isolated) begin
(fd-isolated) open five descriptors
child-fds: exit(0)
(fd-isolated) the child sees none of them
(fd-isolated) all five still work
(fd-isolated) end
fd-isolated: exit(0)
''')
