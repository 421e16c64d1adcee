# Lowering the base priority while a donation holds.
from skiffcheck import *
expect('''
(priority-donate-lower) begin
(priority-donate-lower) main runs at priority 41
(priority-donate-lower) main lowered its base priority to 21, runs at 41
(priority-donate-lower) waiter got the lock
(priority-donate-lower) waiter done
(priority-donate-lower) main released the lock, runs at priority 21
(priority-donate-lower) end
''')
