# Names of 14 characters work; 15 are refused, never cut short, in any part of a path.
from skiffcheck import *
expect('''
(dir-names) begin
(dir-names) a 14-character name works
(dir-names) a 15-character name is refused
(dir-names) and was not cut to 14
(dir-names) mkdir with 14 characters
(dir-names) mkdir with 15 is refused
(dir-names) a long directory part is refused
(dir-names) a path of short parts works
(dir-names) an empty name is refused
(dir-names) end
dir-names: exit(0)
''')
