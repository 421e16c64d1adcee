# Stack growth stops at 8 MB.
from skiffcheck import *
expect('''
(pt-stack-max) begin
(pt-stack-max) pushed at the last word of the 8 MB
pt-stack-max: exit(-1)
''')
