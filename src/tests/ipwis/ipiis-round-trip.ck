# A hundred echoes through COM2 in loopback, each checked: the kernel's
# own cost of an IPIIS round trip. The ticks are a measurement, quoted in
# doc/ipwis.md; the check asks that every echo came back and time passed.
import re

from skiffcheck import *

kernel_test()
runner_args("--com2", "null")


@check
def every_echo_came_back(lines):
    got = [line for line in lines if line.startswith("(ipiis-round-trip)")]
    timed = [re.fullmatch(r"\(ipiis-round-trip\) 100 echo round trips of 32 bytes "
                          r"through the UART: (\d+) ticks", line) for line in got]
    if len(got) != 3 or got[0] != "(ipiis-round-trip) begin" or \
            got[2] != "(ipiis-round-trip) end" or not timed[1] or int(timed[1][1]) == 0:
        fail("expected begin, the timed echoes, end; got:\n" + "\n".join(got))
