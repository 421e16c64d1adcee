# One storage-heavy WASM task (readall.wasm: 8 reads of 1 kB with
# ipiis_call) run twice: through IPIIS, the test playing the host over
# COM2 in loopback, then with the storage module IPSIS loaded. Both runs
# must read every byte; the ticks each ran are measurements, so the check
# asks only that the module is faster.
import re

from skiffcheck import *

kernel_test()
runner_args("--com2", "null")
files("wasm/readall.wasm")
kernel_args("-q", "-caller-key=alice:a11ce0", "-f", "extract", "test", "ipsis-task")


@check
def both_paths_read_the_map(lines):
    want = ["(ipsis-task) begin", "(ipsis-task) readall through IPIIS: done, read=8192 bytes",
            "(ipsis-task) readall through IPSIS: done, read=8192 bytes"]
    got = [line for line in lines if line.startswith("(ipsis-task)")]
    if got[:3] != want or got[-1:] != ["(ipsis-task) end"]:
        fail("expected:\n" + "\n".join(want) + "\n...\ngot:\n" + "\n".join(got))
    times = [re.search(r"IPIIS (\d+) ticks, IPSIS (\d+) ticks", line) for line in got]
    times = [m for m in times if m]
    if len(times) != 1 or int(times[0][2]) >= int(times[0][1]):
        fail("IPSIS was not faster than IPIIS:\n" + "\n".join(got))
