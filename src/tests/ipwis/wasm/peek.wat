;; A worker (not approved) that imports task_metadata: refused at load.
(module
  (import "ipwis" "task_metadata" (func $metadata (param i32 i32) (result i32)))
  (import "ipwis" "status_update" (func $status (param i32 i32) (result i32)))
  (memory 1)
  (data (i32.const 300) "not approved")
  (func (export "run") (result i32)
    (drop (call $status (i32.const 0) (call $metadata (i32.const 0) (i32.const 256))))
    (i32.const 0)))
