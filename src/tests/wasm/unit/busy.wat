;; A module with something of everything, for the allocation tests.
(module
  (type $t (func (param i32) (result i32)))
  (memory 2)
  (table 3 funcref)
  (global $g (mut i64) (i64.const 5))
  (data (i32.const 16) "data")
  (elem (i32.const 0) $twice $twice)
  (func $twice (type $t) (i32.shl (local.get 0) (i32.const 1)))
  (func (export "run") (result i32)
    (global.set $g (i64.add (global.get $g) (i64.const 1)))
    (i32.add (call_indirect (type $t) (i32.load8_u (i32.const 16)) (i32.const 1))
             (i32.wrap_i64 (global.get $g)))))
