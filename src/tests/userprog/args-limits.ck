# Command lines at and just past the limits of 1024 bytes and 128 words.
from skiffcheck import *
files('child-args')
expect('''
(args-limits) begin
child-args: exit(128)
(args-limits) 128 words (1024 bytes): child exited with 128
load: child-args: too many arguments
(args-limits) 129 words (394 bytes): exec failed
child-args: exit(101)
(args-limits) 101 words, many spaces (1024 bytes): child exited with 101
load: child-args: command line too long
(args-limits) one byte too long (1025 bytes): exec failed
(args-limits) longer than a page (4106 bytes): exec failed
(args-limits) end
args-limits: exit(0)
''')
