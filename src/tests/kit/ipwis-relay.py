"""The host's side of delegation (src/utils/delegate.py), without
kernels: a small kernel's delegation calls, as outside.Server gets them,
reach a stand-in for the bigger kernel's connection. The pieces of a
tree are put together in order and submitted whole, and pieces out of
order are refused; polls and cancels are passed
on; the bigger kernel's refusal is an answer the small kernel can
report; a host that joins no bigger kernel refuses the calls.
"""

import unittest

import _kit
import delegate
import ipiis
import outside


class Bigger:
    """Stands in for an ipiis.Connection to the bigger kernel."""

    def __init__(self):
        self.trees, self.requests = [], []

    def submit(self, tree):
        self.trees.append(tree)
        if b"forged" in tree:
            raise ipiis.IpiisError("line 4: the signature does not match")
        return "task 3"

    def request(self, kind, payload):
        self.requests.append((kind, payload))
        if payload == b"9":
            raise ipiis.IpiisError("no task 9")
        if payload == b"5":
            raise ConnectionResetError("the bigger kernel hung up")
        return b"task 3 done\n"


class RelayTest(unittest.TestCase):
    def setUp(self):
        self.bigger = Bigger()
        self.server = outside.Server(None, relay=delegate.Relay(self.bigger))

    def test_tree_in_pieces(self):
        self.assertEqual(self.server(b"delegate more 0\nipwis-tree 1\n"), b"have 13 bytes")
        self.assertEqual(self.server(b"delegate last 13\ncaller alice\n"), b"task 3")
        self.assertEqual(self.bigger.trees, [b"ipwis-tree 1\ncaller alice\n"])
        self.assertEqual(self.server(b"delegate last 0\nagain\n"), b"task 3")
        self.assertEqual(self.bigger.trees[1], b"again\n")

    def test_abandoned_tree_is_dropped(self):
        self.server(b"delegate more 0\nhalf a tree\n")
        self.assertEqual(self.server(b"delegate last 0\nwhole\n"), b"task 3")
        self.assertEqual(self.bigger.trees, [b"whole\n"])

    def test_pieces_out_of_order(self):
        self.server(b"delegate more 0\nipwis-tree 1\n")
        self.assertEqual(self.server(b"delegate last 99\ncaller alice\n"),
                         b"refused: the tree's pieces came out of order")
        self.assertEqual(self.server(b"delegate last 13\ncaller alice\n"),
                         b"refused: the tree's pieces came out of order")
        self.assertEqual(self.bigger.trees, [])

    def test_refused_there(self):
        self.assertEqual(self.server(b"delegate last 0\nforged\n"),
                         b"refused: line 4: the signature does not match")

    def test_tree_too_big(self):
        self.assertEqual(self.server(b"delegate more 0\n" + b"x" * delegate.TREE_MAX),
                         f"have {delegate.TREE_MAX} bytes".encode())
        self.assertEqual(self.server(b"delegate last %d\nx" % delegate.TREE_MAX),
                         f"refused: the tree has more than {delegate.TREE_MAX} bytes".encode())
        self.assertEqual(self.bigger.trees, [])

    def test_poll_and_cancel(self):
        self.assertEqual(self.server(b"delegated-poll 3"), b"task 3 done\n")
        self.server(b"delegated-cancel 3")
        self.assertEqual(self.bigger.requests, [(ipiis.POLL, b"3"), (ipiis.CANCEL, b"3")])
        self.assertEqual(self.server(b"delegated-poll 9"), b"refused: no task 9")
        self.assertEqual(self.server(b"delegated-poll 5"), b"refused: the bigger kernel hung up")

    def test_malformed(self):
        for call in (b"delegate soon 0\nx", b"delegate more\nx", b"delegate last -1\nx",
                     b"delegate more 0 1\nx", b"delegated-poll x", b"delegated-poll 3 4",
                     "delegate more \u00b2\nx".encode(), "delegated-poll \u00b2".encode()):
            with self.assertRaises(ipiis.IpiisError):
                self.server(call)

    def test_no_bigger_kernel(self):
        with self.assertRaisesRegex(ipiis.IpiisError, "joins no bigger kernel"):
            outside.Server(None)(b"delegate last 0\ntree")


_kit.run_unittests(RelayTest)
