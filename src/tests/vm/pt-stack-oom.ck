# Stack growth beyond memory kills only the grower; nothing leaks.
from skiffcheck import *
options("-ul=64")
expect('''
(pt-stack-oom) begin
pt-stack-oom: exit(-1)
pt-stack-oom: exit(-1)
(pt-stack-oom) both children were killed at the same depth
pt-stack-oom: exit(0)
''')
