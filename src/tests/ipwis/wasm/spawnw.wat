;; A worker (not approved) that imports spawn_worker, an entry call:
;; refused at load.
(module
  (import "ipwis" "spawn_worker" (func $spawn (param i32 i32) (result i32)))
  (func (export "run") (result i32) (i32.const 0)))
