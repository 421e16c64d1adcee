# remove() of existing, open and missing files.
from skiffcheck import *
expect('''
(remove-basic) begin
(remove-basic) create gone
(remove-basic) remove gone
(remove-basic) open gone fails
(remove-basic) remove gone again fails
(remove-basic) remove a missing file fails
(remove-basic) create kept
(remove-basic) write kept
(remove-basic) remove kept while it is open
(remove-basic) open kept by name fails
(remove-basic) read it through the open descriptor
(remove-basic) create a new kept
(remove-basic) end
remove-basic: exit(0)
''')
