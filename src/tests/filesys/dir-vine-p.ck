# dir-vine, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(dir-vine-p) begin
(dir-vine-p) 50 levels deep
(dir-vine-p) create a file at the bottom
(dir-vine-p) climbed back to the root through each level
(dir-vine-p) the bottom file opens by its whole path
(dir-vine-p) end
dir-vine-p: exit(0)
(dir-vine-p) begin check
(dir-vine-p) the vine and its bottom file survived
(dir-vine-p) end check
dir-vine-p: exit(0)
''')
