# "." and ".." are never entries: they cannot be made or removed.
from skiffcheck import *
expect('''
(rm-dots) begin
(rm-dots) mkdir d, chdir d
(rm-dots) create . and .. fail
(rm-dots) mkdir . and .. fail
(rm-dots) remove . and .. fail
(rm-dots) end
rm-dots: exit(0)
''')
