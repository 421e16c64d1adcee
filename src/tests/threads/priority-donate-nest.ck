# A donation passes through a thread that is itself waiting.
from skiffcheck import *
expect('''
(priority-donate-nest) begin
(priority-donate-nest) main runs at priority 33, lent by medium
(priority-donate-nest) main runs at priority 35, lent by high through medium
(priority-donate-nest) medium got lock a at priority 35
(priority-donate-nest) high got lock b
(priority-donate-nest) high done
(priority-donate-nest) medium released both locks, runs at priority 33
(priority-donate-nest) main released lock a, runs at priority 31
(priority-donate-nest) end
''')
