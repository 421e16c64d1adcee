# Delegation: booted with -delegate, a tree this machine cannot meet gets
# a task id here, and its proxy hands the signed tree (in two pieces)
# through the door out to a stand-in for the host and the bigger kernel,
# follows the remote task and takes on its end: state, detail, penalties
# and outputs, with its events pushed here. A refusal there, no host, a
# forgotten task, a host that stops answering polls and a cancel here each
# end the proxy with a clear detail; a delegated tree submitted again is
# refused as a replay.
from skiffcheck import *

kernel_test()
files("wasm/hello.wasm")
kernel_args("-q", "-delegate", "-caller-key=alice:a11ce0", "-f", "extract", "test",
            "task-delegate")
expect("""
(task-delegate) begin
(task-delegate) a tree this machine can meet runs here:
(task-delegate) task 1: done (finished)
(task-delegate)   output greeting=hello
(task-delegate) one that needs 100000 kB of memory runs on the bigger kernel:
(task-delegate) task 2 delegated: the tree needs 100000 kB of memory and 1472 kB are free
(task-delegate) host: a tree from greeter in 2 pieces, 1141 bytes, signed: yes
(task-delegate) task 2: done (finished)
(task-delegate)   output greeting=hello
(task-delegate) its penalties there: 1
(task-delegate) event: task 1 admitted
(task-delegate) event: task 1 running
(task-delegate) event: task 1 done: finished
(task-delegate) event: task 2 admitted: delegated: the tree needs 100000 kB of memory and 1472 kB are free
(task-delegate) event: task 2 running: delegated to a bigger kernel as its task 7
(task-delegate) event: task 2 done: finished
(task-delegate) the bigger kernel refuses one:
(task-delegate) task 3 delegated: the tree needs 100000 kB of memory and 1472 kB are free
(task-delegate) host: a tree from refuser in 2 pieces, 1141 bytes, signed: yes
(task-delegate) task 3: failed (the bigger kernel did not take it: refused: line 4: the signature does not match)
(task-delegate) the same signed tree again is a replay, not delegated twice:
(task-delegate) refused: replayed: this signed tree was submitted before
(task-delegate) no host passes one on:
(task-delegate) task 4 delegated: the tree needs 100000 kB of memory and 1472 kB are free
(task-delegate) host: a tree from nowhere in 2 pieces, 1141 bytes, signed: yes
(task-delegate) task 4: failed (not delegated: the host passes trees to no bigger kernel (skiff-ipwis --delegate-to))
(task-delegate) the bigger kernel forgets one:
(task-delegate) task 5 delegated: the tree needs 100000 kB of memory and 1472 kB are free
(task-delegate) host: a tree from forgetful in 2 pieces, 1143 bytes, signed: yes
(task-delegate) task 5: failed (the bigger kernel lost it: no task 8)
(task-delegate) the host stops answering for one:
(task-delegate) task 6 delegated: the tree needs 100000 kB of memory and 1472 kB are free
(task-delegate) host: a tree from silent in 2 pieces, 1140 bytes, signed: yes
(task-delegate) task 6: failed (lost: the host left 3 polls in a row unanswered)
(task-delegate) the caller cancels one here:
(task-delegate) task 7 delegated: the tree needs 100000 kB of memory and 1472 kB are free
(task-delegate) host: a tree from sleeper in 2 pieces, 1141 bytes, signed: yes
(task-delegate) task 7: running (delegated to a bigger kernel as its task 10)
(task-delegate) cancel: yes
(task-delegate) host: delegated-cancel 10
(task-delegate) task 7: aborted (cancelled by its caller)
(task-delegate) end
""")
