# The verifier trusts the callers' keys registered on the command line.
from skiffcheck import *

kernel_test()
options("-caller-key=alice:a11ce0", "-caller-key=bob:b0b0")
expect("""
(tree-callers) begin
(tree-callers) registered at boot: alice, a key of 3 bytes
(tree-callers) registered at boot: bob, a key of 2 bytes
(tree-callers) a tree from alice signed with alice's key: accepted
(tree-callers) a tree from bob signed with alice's key: refused: the signature does not match: the tree was changed after it was signed, or not signed with bob's key
(tree-callers) a tree from carol signed with alice's key: refused: caller `carol` has no key registered
(tree-callers) end
""")
