;; The smallest task: sets its output greeting and returns.
(module
  (import "ipwis" "output_set" (func $output_set (param i32 i32 i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "greeting")
  (data (i32.const 16) "hello")
  (func (export "run") (result i32)
    (drop (call $output_set (i32.const 0) (i32.const 8) (i32.const 16) (i32.const 5)))
    (i32.const 0)))
