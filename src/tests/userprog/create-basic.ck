# create() with names that must fail or work without killing.
from skiffcheck import *
expect('''
(create-basic) begin
(create-basic) create quux, 0 bytes
(create-basic) create blarg, 1000 bytes
(create-basic) blarg is 1000 bytes
(create-basic) create quux again fails
(create-basic) create with an empty name fails
(create-basic) create with a 599-byte name fails
(create-basic) create a name that straddles two pages
(create-basic) open it
(create-basic) end
create-basic: exit(0)
''')
