;; A float-heavy module for the kernel test engine-float (named floats:
;; the base file system's names have at most 14 bytes): long chains of
;; f64 and f32 arithmetic whose bits depend on exact IEEE 754 rounding
;; (no double rounding, as the x87 unit would do), plus the operations
;; the engine builds from several steps: nearest, min/max of zeros and
;; NaN payloads, conversions from 64-bit integers.
(module
  ;; x <- sqrt(x * 1.0000001 + 0.5) / 1.01 + sin-free wobble, N times.
  (func (export "chain64") (param $n i32) (result i64)
    (local $x f64)
    (local.set $x (f64.const 0.1))
    (block $done (loop $step
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $x
        (f64.add
          (f64.div (f64.sqrt (f64.add (f64.mul (local.get $x) (f64.const 1.0000001))
                                      (f64.const 0.5)))
                   (f64.const 1.01))
          (f64.mul (f64.nearest (f64.mul (local.get $x) (f64.const 1000)))
                   (f64.const 1e-7))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $step)))
    (i64.reinterpret_f64 (local.get $x)))

  (func (export "chain32") (param $n i32) (result i32)
    (local $x f32)
    (local.set $x (f32.const 3))
    (block $done (loop $step
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $x
        (f32.demote_f64
          (f64.add (f64.promote_f32 (f32.div (f32.const 1) (local.get $x)))
                   (f64.const 1.5))))
      (local.set $x (f32.add (local.get $x) (f32.mul (local.get $x) (f32.const 1e-3))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $step)))
    (i32.reinterpret_f32 (local.get $x)))

  ;; min(-0, +0) is -0; max(+0, -0) is +0; min with a NaN is a NaN.
  (func (export "zeros") (result i64)
    (i64.or
      (i64.reinterpret_f64 (f64.min (f64.const -0) (f64.const 0)))
      (i64.shr_u (i64.reinterpret_f64 (f64.max (f64.const 0) (f64.const -0)))
                 (i64.const 1))))
  (func (export "nan") (result i32)
    (f64.ne (f64.min (f64.const nan) (f64.const 1)) (f64.min (f64.const nan) (f64.const 1))))
  ;; 2^53 + 1 as f64 rounds once, to even: 2^53.
  (func (export "convert") (result i64)
    (i64.reinterpret_f64 (f64.convert_i64_u (i64.const 0x20000000000001))))
  (func (export "rounding") (result i64)
    (i64.reinterpret_f64 (f64.nearest (f64.const -2.5)))))
