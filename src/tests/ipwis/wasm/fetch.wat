;; The delivery robot's reserved program: "downloads" the map.
(module
  (import "ipwis" "output_set" (func $output_set (param i32 i32 i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 0) "map")
  (data (i32.const 16) "district 7 map")
  (func (export "run") (result i32)
    (drop (call $output_set (i32.const 0) (i32.const 3) (i32.const 16) (i32.const 14)))
    (i32.const 0)))
