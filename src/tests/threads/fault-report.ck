# A kernel page fault is reported with its vector, the faulting address and
# the registers, then panics with a call stack through the faulting code.
from skiffcheck import *
expect_panic(r"^unhandled #PF Page-Fault Exception in kernel$",
             call_stack=["unexpected_interrupt", "intr_handler", "intr_entry", "test_fault_report", "ktest_run", "run_test"])

@check
def reported(lines):
    if "(fault-report) reading through a null pointer" not in lines:
        fail("the test did not start its read")
    if not any(line.startswith("Interrupt 0x0e (#PF Page-Fault Exception) at eip=")
               for line in lines):
        fail("no `Interrupt 0x0e (#PF Page-Fault Exception)` report")
    if not any(line.startswith(" cr2=00000000 ") for line in lines):
        fail("the report does not give the faulting address 0 (cr2)")
    if not any(line.startswith(" eax=") for line in lines):
        fail("the report does not show the registers")
