"""gdb support for the kernel's intrusive lists (lib/kernel/list.h).

A struct list holds two sentinels, head and tail; the real elements are
linked between them through struct list_elem's prev and next.  This module
walks such a list and turns an element back into the struct around it, as
list_entry does in C, and adds the `plist` command.
"""

import gdb

# A longer walk means the list's links loop back on themselves.
MAX_ELEMENTS = 100000


def elements(lst):
    """Each struct list_elem * of LST (a struct list, or a pointer to one),
    from first to last.  A broken list ends the walk, after the elements
    that could be read, with a GdbError saying where it broke."""
    if lst.type.strip_typedefs().code == gdb.TYPE_CODE_PTR:
        lst = lst.dereference()
    tail = lst["tail"].address
    elem = lst["head"]["next"]
    for count in range(MAX_ELEMENTS):
        if elem == tail:
            return
        if int(elem) == 0:
            raise gdb.GdbError(f"the list is broken: element {count} is "
                               f"NULL, before the tail was reached")
        try:
            following = elem["next"]
            following.fetch_lazy()
        except gdb.MemoryError:
            raise gdb.GdbError(f"the list is broken: element {count} is at "
                               f"{elem}, which cannot be read; a struct on "
                               f"the list was probably overwritten or freed")
        yield elem
        elem = following
    raise gdb.GdbError(f"the list has over {MAX_ELEMENTS} elements; its "
                       f"links probably form a loop")


def struct_type(name):
    """The gdb type `struct NAME`; NAME may already start with `struct`."""
    name = name if name.startswith("struct ") else "struct " + name
    try:
        return gdb.lookup_type(name)
    except gdb.error:
        raise gdb.GdbError(f"there is no type `{name}` in the kernel")


def entry(elem, struct_name, member):
    """The struct STRUCT_NAME * whose member MEMBER is at ELEM."""
    struct = struct_type(struct_name)
    fields = {field.name: field for field in struct.fields()}
    if member not in fields:
        raise gdb.GdbError(f"`{struct.name}` has no member `{member}`")
    offset = fields[member].bitpos // 8
    address = int(elem.cast(gdb.lookup_type("unsigned long"))) - offset
    return gdb.Value(address).cast(struct.pointer())


class PrintList(gdb.Command):
    """Print the elements of a kernel list.
Usage: plist LIST [STRUCT MEMBER]
LIST is a struct list or a pointer to one.  With STRUCT and MEMBER, each
element is shown as the struct STRUCT that holds it in MEMBER, as
list_entry (elem, struct STRUCT, MEMBER) would give; without them, as the
address of its struct list_elem.
Example: plist all_list thread allelem"""

    def __init__(self):
        super().__init__("plist", gdb.COMMAND_DATA, gdb.COMPLETE_EXPRESSION)

    def invoke(self, argument, from_tty):
        words = gdb.string_to_argv(argument)
        if len(words) == 0 or len(words) == 2:
            raise gdb.GdbError("usage: plist LIST [STRUCT MEMBER]")
        if len(words) == 1:
            expression, container = words[0], None
        else:
            expression, container = " ".join(words[:-2]), words[-2:]
        count = 0
        for count, elem in enumerate(elements(gdb.parse_and_eval(expression)),
                                     start=1):
            if container is None:
                print(f"[{count - 1}] {elem}")
            else:
                item = entry(elem, *container)
                print(f"[{count - 1}] ({item.type}) {item} = "
                      f"{item.dereference()}")
        print(f"{count} element{'' if count == 1 else 's'}")


PrintList()
