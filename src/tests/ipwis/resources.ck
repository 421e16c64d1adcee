# The resource manager's report on a 4 MB machine, and its answers to
# trees: admitted, or delegated with the need that does not fit.
from skiffcheck import *

kernel_test()
expect("""
(resources) begin
(resources) cpu: 50% for a new task (1 runnable threads); memory: 1468 kB free; gpu: none; network: none
(resources) a tree needing 40% of a CPU and 64 kB: admitted
(resources) a tree needing a GPU: delegate: the root needs 1 GPUs and this machine has 0
(resources) a tree needing a network: delegate: the root needs 1000 kbit/s of network and this machine has 0
(resources) a tree needing 80% of a CPU: delegate: the root needs 80% of a CPU and a new task would get 50%
(resources) a tree needing 1 GB: delegate: the tree needs 1048576 kB of memory and 1468 kB are free
(resources) end
""")
