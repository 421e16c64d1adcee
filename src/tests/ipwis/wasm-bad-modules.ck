from skiffcheck import *

kernel_test()
files("wasm/truncated.wasm", "wasm/not-wasm.wasm", "wasm/bad-types.wasm",
      "wasm/spin.wasm")
expect("""
(wasm-bad-modules) begin
(wasm-bad-modules) refused: absent.wasm: no such file
(wasm-bad-modules) refused: truncated.wasm: offset 0x3c: unexpected end
(wasm-bad-modules) refused: not-wasm.wasm: magic header not detected
(wasm-bad-modules) refused: bad-types.wasm: function 0 at offset 0x28: type mismatch
(wasm-bad-modules) then a good module: seven returns 7
(wasm-bad-modules) end
""")
