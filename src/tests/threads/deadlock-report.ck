# Platform test: a deliberate deadlock. The kernel must report it as soon
# as nothing can run, naming each blocked thread and what it waits for,
# and power off, instead of idling until the time limit.
from skiffcheck import *
expect('''
(deadlock-report) begin
(deadlock-report) main waits for threads that will never finish
''')
expect_deadlock(r"^thread 1 'main' waits on semaphore 0x[0-9a-f]+ \(value 0\)$",
                r"^thread 3 'a' waits for lock 0x[0-9a-f]+, held by thread 4 'b'$",
                r"^thread 4 'b' waits for lock 0x[0-9a-f]+, held by thread 3 'a'$",
                r"^thread 5 'c' waits on condition 0x[0-9a-f]+$")
# Well under the default 60 s: the report must come at once.
timeout(20)
