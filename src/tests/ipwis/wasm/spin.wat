;; A program that never finishes: only its max-time stops it.
(module
  (func (export "run") (result i32)
    (loop $forever (br $forever))
    (i32.const 0)))
