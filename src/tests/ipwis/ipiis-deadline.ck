# The door out's deadline: an outside call no host answers fails after a
# minute of ticks, its late answer is dropped, and the next call gets its
# own answer. The test plays the host over COM2 in loopback.
from skiffcheck import *

kernel_test()
runner_args("--com2", "null")
expect("""
(ipiis-deadline) begin
IPIIS: the host did not answer outside call 1 in 6000 ticks
(ipiis-deadline) a call no host answers: -1, after a minute
(ipiis-deadline) its answer came late and was dropped
(ipiis-deadline) the next call: answer to send bob second
(ipiis-deadline) end
""")
