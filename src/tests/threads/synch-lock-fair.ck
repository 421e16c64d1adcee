# Platform test: lock_release hands the lock to the longest waiter, so a
# thread that takes a lock in a loop cannot keep the others out.
from skiffcheck import *
expect('''
(synch-lock-fair) begin
(synch-lock-fair) the waiter got the lock right after the spinner's first turn
(synch-lock-fair) spinner and waiter done
(synch-lock-fair) end
''')
