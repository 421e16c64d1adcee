# mkdir fails cleanly: an existing name, a missing parent, a path ending at a file.
from skiffcheck import *
expect('''
(dir-mkdir-bad) begin
(dir-mkdir-bad) mkdir d
(dir-mkdir-bad) mkdir d again fails
(dir-mkdir-bad) mkdir none/d fails: no parent
(dir-mkdir-bad) mkdir f/ fails: f is a file
(dir-mkdir-bad) mkdir / fails
(dir-mkdir-bad) mkdir d/ with a slash: makes nothing new, and fails
(dir-mkdir-bad) end
dir-mkdir-bad: exit(0)
''')
