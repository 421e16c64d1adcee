from skiffcheck import *

kernel_test()
files("wasm/truncated.wasm", "wasm/not-wasm.wasm", "wasm/bad-types.wasm",
      "wasm/floats.wasm")
expect("""
(engine-bad-modules) begin
(engine-bad-modules) refused: no file absent.wasm on the disk
(engine-bad-modules) refused: truncated.wasm: offset 0x3c: unexpected end
(engine-bad-modules) refused: not-wasm.wasm: magic header not detected
(engine-bad-modules) refused: bad-types.wasm: function 0 at offset 0x28: type mismatch
(engine-bad-modules) then a good module loads, and gives back all it took: yes
(engine-bad-modules) end
""")
