;; For the kernel test wasm-bad-modules: well formed, but adds an i64 to
;; an i32, so validation must refuse it.  Like every bad-*.wat, it is
;; assembled with --no-check (see src/ipwis/Makefile).
(module
  (func (export "wrong") (result i32)
    (i32.add (i32.const 1) (i64.const 2))))
