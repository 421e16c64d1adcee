# COM2 in loopback: frames through the UART and the daemon, no host. The
# daemon logs every kernel-mode command on the console, refused or not.
from skiffcheck import *

kernel_test()
runner_args("--com2", "null")
expect("""
(ipiis-loopback) begin
(ipiis-loopback) echo of 25 bytes, END and ESC among them: came back intact
(ipiis-loopback) after a corrupt frame, stats: 2 frames in, 1 dropped, 0 replies
IPIIS: kernel-mode command refused: kernel mode is off: the kernel was booted without -owner-key
(ipiis-loopback) status, no owner key set: refused: kernel mode is off: the kernel was booted without -owner-key
IPIIS: kernel-mode status
(ipiis-loopback) status with the owner's key: accepted
IPIIS: kernel-mode command refused: the nonce is not the one handed out last, or it was used already
(ipiis-loopback) the same status again: refused: the nonce is not the one handed out last, or it was used already
IPIIS: kernel-mode command refused: the MAC is wrong: not signed with the owner's key
(ipiis-loopback) halt under another key: refused: the MAC is wrong: not signed with the owner's key
(ipiis-loopback) type 0x42: refused: unknown message type 0x42
(ipiis-loopback) end
""")
