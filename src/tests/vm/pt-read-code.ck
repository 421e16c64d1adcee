# Code pages may be read, and are loaded when first read.
from skiffcheck import *
expect('''
(pt-read-code) begin
(pt-read-code) read 12288 bytes of untouched code
pt-read-code: exit(0)
''')
