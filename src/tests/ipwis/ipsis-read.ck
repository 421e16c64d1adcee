# One storage-heavy job (8 reads of 1 kB) through IPIIS, the test playing
# the host over COM2 in loopback, and through the storage module IPSIS.
# The ticks each took are measurements: a read may end on either side of
# a tick, so the check asks only that the module is faster.
import re

from skiffcheck import *

kernel_test()
runner_args("--com2", "null")


@check
def both_paths_read_the_map(lines):
    want = ["(ipsis-read) begin", "(ipsis-read) 8 kB through IPIIS: intact",
            "(ipsis-read) 8 kB through IPSIS: intact"]
    got = [line for line in lines if line.startswith("(ipsis-read)")]
    if got[:3] != want or got[-1:] != ["(ipsis-read) end"]:
        fail("expected:\n" + "\n".join(want) + "\n...\ngot:\n" + "\n".join(got))
    times = [re.search(r"IPIIS (\d+) ticks, IPSIS (\d+) ticks", line) for line in got]
    times = [m for m in times if m]
    if len(times) != 1 or int(times[0][2]) >= int(times[0][1]):
        fail("IPSIS was not faster than IPIIS:\n" + "\n".join(got))
