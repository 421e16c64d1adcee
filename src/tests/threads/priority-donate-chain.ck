# A chain of eight donations, and how it unwinds; each bystander shows
# the moment its link's donation ended.
from skiffcheck import *
expect('''
(priority-donate-chain) begin
(priority-donate-chain) main runs at priority 34
(priority-donate-chain) main runs at priority 37
(priority-donate-chain) main runs at priority 40
(priority-donate-chain) main runs at priority 43
(priority-donate-chain) main runs at priority 46
(priority-donate-chain) main runs at priority 49
(priority-donate-chain) main runs at priority 52
(priority-donate-chain) main runs at priority 55
(priority-donate-chain) link 1 got lock 0 at priority 55
(priority-donate-chain) link 2 got lock 1 at priority 55
(priority-donate-chain) link 3 got lock 2 at priority 55
(priority-donate-chain) link 4 got lock 3 at priority 55
(priority-donate-chain) link 5 got lock 4 at priority 55
(priority-donate-chain) link 6 got lock 5 at priority 55
(priority-donate-chain) link 7 got lock 6 at priority 55
(priority-donate-chain) link 8 got lock 7 at priority 55
(priority-donate-chain) link 8 done at priority 55
(priority-donate-chain) bystander 8 runs
(priority-donate-chain) link 7 done at priority 52
(priority-donate-chain) bystander 7 runs
(priority-donate-chain) link 6 done at priority 49
(priority-donate-chain) bystander 6 runs
(priority-donate-chain) link 5 done at priority 46
(priority-donate-chain) bystander 5 runs
(priority-donate-chain) link 4 done at priority 43
(priority-donate-chain) bystander 4 runs
(priority-donate-chain) link 3 done at priority 40
(priority-donate-chain) bystander 3 runs
(priority-donate-chain) link 2 done at priority 37
(priority-donate-chain) bystander 2 runs
(priority-donate-chain) link 1 done at priority 34
(priority-donate-chain) bystander 1 runs
(priority-donate-chain) main done at priority 31
(priority-donate-chain) end
''')
