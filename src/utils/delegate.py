"""The host's join between two Skiff kernels (doc/ipwis.md, delegation).
A small kernel booted with -delegate hands the trees it cannot meet to
its host through outside calls; the host passes them on to a bigger
kernel's IPIIS, and carries the answers back:

    delegate more OFF\\nTEXT  a piece of a tree that starts OFF bytes in;
                            answers `have N bytes`
    delegate last OFF\\nTEXT  the last piece: the bigger kernel's answer
                            to the whole tree's submit (`task R`)
    delegated-poll R       the bigger kernel's answer to `poll R`
    delegated-cancel R     the bigger kernel's answer to `cancel R`

A refusal, by the bigger kernel or by the relay itself (pieces out of
order, the bigger kernel gone), is answered as `refused: WHY`: an answer
rather than an error, so that the small kernel can tell its caller why.
"""

import ipiis

# The most bytes of a tree the relay holds (a kernel's limit is smaller).
TREE_MAX = 16384

WORDS = ("delegate", "delegated-poll", "delegated-cancel")


def number(word):
    """Whether WORD is a decimal number in ASCII digits."""
    return word.isascii() and word.isdigit()


class Relay:
    """Passes delegation calls on to the bigger kernel at the far end of
    LINK (an ipiis.Connection)."""

    def __init__(self, link):
        self.link = link
        self.tree = bytearray()

    def __call__(self, line, data):
        """Answers the call whose first line is LINE (text) and whose
        bytes after it are DATA."""
        words = line.split(" ")
        try:
            if len(words) == 3 and words[:2] in (["delegate", "more"], ["delegate", "last"]) \
                    and number(words[2]):
                return self._piece(words[1] == "last", int(words[2]), data)
            if len(words) == 2 and words[0] in WORDS[1:] and number(words[1]):
                kind = ipiis.POLL if words[0] == "delegated-poll" else ipiis.CANCEL
                return self.link.request(kind, words[1].encode())
        except (ipiis.IpiisError, OSError) as refusal:
            return f"refused: {refusal}".encode()
        raise ipiis.IpiisError(f"not a delegation call: {line[:60]!r}")

    def _piece(self, last, offset, data):
        """Adds a piece that starts OFFSET bytes into the tree; a piece at
        0 starts a new tree, so one the kernel gave up on is dropped."""
        if offset == 0:
            self.tree = bytearray()
        if offset != len(self.tree):
            self.tree = bytearray()
            raise ipiis.IpiisError("the tree's pieces came out of order")
        if len(self.tree) + len(data) > TREE_MAX:
            self.tree = bytearray()
            raise ipiis.IpiisError(f"the tree has more than {TREE_MAX} bytes")
        self.tree += data
        if not last:
            return f"have {len(self.tree)} bytes".encode()
        tree, self.tree = bytes(self.tree), bytearray()
        return self.link.submit(tree).encode()
