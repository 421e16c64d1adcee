# A vine of 50 nested directories, made by chdir into each new one, then climbed back with "..".
from skiffcheck import *
expect('''
(dir-vine) begin
(dir-vine) 50 levels deep
(dir-vine) create a file at the bottom
(dir-vine) climbed back to the root through each level
(dir-vine) the bottom file opens by its whole path
(dir-vine) end
dir-vine: exit(0)
''')
