;; Floating point for the kernel tests wasm-floats(-bochs): long f32 and
;; f64 computations whose every bit is fixed by IEEE 754 as WebAssembly
;; words it, and a few cases an x87 FPU gets wrong (it rounds twice and
;; keeps a wider exponent).  Results come back as bit patterns, so the
;; kernel's C code never touches a float.
(module
  ;; Iterations of z = z*z + c, at most 64 per point, over a SIZE by SIZE
  ;; grid of c in [-2, 1] x [-1.5, 1.5]: the Mandelbrot set.
  (func (export "mandel") (param $size i32) (result i32)
    (local $x i32) (local $y i32) (local $k i32) (local $total i32)
    (local $cr f64) (local $ci f64) (local $zr f64) (local $zi f64) (local $t f64)
    (loop $rows
      (local.set $x (i32.const 0))
      (loop $columns
        (local.set $cr (f64.add (f64.const -2)
          (f64.div (f64.mul (f64.convert_i32_s (local.get $x)) (f64.const 3))
                   (f64.convert_i32_s (local.get $size)))))
        (local.set $ci (f64.add (f64.const -1.5)
          (f64.div (f64.mul (f64.convert_i32_s (local.get $y)) (f64.const 3))
                   (f64.convert_i32_s (local.get $size)))))
        (local.set $zr (f64.const 0))
        (local.set $zi (f64.const 0))
        (local.set $k (i32.const 0))
        (block $escaped
          (loop $iterate
            (br_if $escaped (f64.gt
              (f64.add (f64.mul (local.get $zr) (local.get $zr))
                       (f64.mul (local.get $zi) (local.get $zi)))
              (f64.const 4)))
            (local.set $t (f64.add (f64.sub (f64.mul (local.get $zr) (local.get $zr))
                                            (f64.mul (local.get $zi) (local.get $zi)))
                                   (local.get $cr)))
            (local.set $zi (f64.add (f64.mul (f64.mul (f64.const 2) (local.get $zr))
                                             (local.get $zi))
                                    (local.get $ci)))
            (local.set $zr (local.get $t))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br_if $iterate (i32.lt_u (local.get $k) (i32.const 64)))))
        (local.set $total (i32.add (local.get $total) (local.get $k)))
        (local.set $x (i32.add (local.get $x) (i32.const 1)))
        (br_if $columns (i32.lt_s (local.get $x) (local.get $size))))
      (local.set $y (i32.add (local.get $y) (i32.const 1)))
      (br_if $rows (i32.lt_s (local.get $y) (local.get $size))))
    (local.get $total))

  ;; The bits of 1/1 + 1/2 + ... + 1/N in f64, added in that order.
  (func (export "harmonic") (param $n i32) (result i64)
    (local $k i32) (local $sum f64)
    (loop $next
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (local.set $sum (f64.add (local.get $sum)
        (f64.div (f64.const 1) (f64.convert_i32_u (local.get $k)))))
      (br_if $next (i32.lt_u (local.get $k) (local.get $n))))
    (i64.reinterpret_f64 (local.get $sum)))

  ;; The bits of sqrt(1) + ... + sqrt(N) in f32: every step rounds to
  ;; single precision, which an x87 keeping 64-bit mantissas would not.
  (func (export "roots") (param $n i32) (result i32)
    (local $k i32) (local $sum f32)
    (loop $next
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (local.set $sum (f32.add (local.get $sum)
        (f32.sqrt (f32.convert_i32_u (local.get $k)))))
      (br_if $next (i32.lt_u (local.get $k) (local.get $n))))
    (i32.reinterpret_f32 (local.get $sum)))

  ;; 1e308 * 10 / 10: infinity in double precision; an x87 keeps the
  ;; product in its wider exponent and gives 1e308 back.
  (func (export "overflow") (result i64)
    (local $big f64)
    (local.set $big (f64.const 1e308))
    (i64.reinterpret_f64
      (f64.div (f64.mul (local.get $big) (f64.const 10)) (f64.const 10))))

  ;; Negating a signalling NaN flips its sign bit and nothing else; an x87
  ;; load would quiet it.
  (func (export "negate_snan") (result i32)
    (i32.reinterpret_f32 (f32.neg (f32.reinterpret_i32 (i32.const 0x7fa00000)))))

  ;; min(0, -0) is -0; nearest(2.5) is 2 (ties to even); the bits of both.
  (func (export "min_zero") (result i64)
    (i64.reinterpret_f64 (f64.min (f64.const 0) (f64.const -0))))
  (func (export "nearest") (result i32)
    (i32.reinterpret_f32 (f32.nearest (f32.const 2.5))))

  ;; Converting NaN to an integer traps.
  (func (export "nan_to_int") (result i32)
    (i32.trunc_f64_s (f64.div (f64.const 0) (f64.const 0)))))
