# A run cut into slices by its fuel budget and resumed after each must
# end with the result and the total cost of a run never cut; a run
# abandoned when its fuel ran out leaves the exec ready for another.
from skiffcheck import *

kernel_test()
files("wasm/engine.wasm")
kernel_args("-q", "-f", "extract", "test", "engine-fuel")
expect("""
(engine-fuel) begin
(engine-fuel) uncut: 0x295fbfa1, costing 200001 fuel
(engine-fuel) cut into 201 slices of 1000 fuel, resumed each time: 0x295fbfa1, costing 200001, as uncut
(engine-fuel) abandoned after one slice; the exec runs fib (20) next: 0x1a6d
(engine-fuel) end
""")
