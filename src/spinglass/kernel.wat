;; The ThesisSampler step as a WebAssembly SIMD kernel (f64x2): the whole `run(n)` loop of
;; src/spinglass/sampler.ts, including xoshiro128** (src/random/prng.ts) and the ziggurat
;; (src/spinglass/gauss.ts), so that a run crosses the JS/WASM boundary once, not 66 times a step.
;;
;; It must be the *same chain* as the JS reference, bit for bit. WebAssembly float arithmetic is
;; IEEE-754 binary64 with round-to-nearest and no fused multiply-add, like JavaScript, so each JS
;; expression below is written with the same operations in the same order (the JS source is quoted
;; in the comments). exp and log come from JS (Math.exp, Math.log) for the same reason.
;;
;; Compile: npm run build:wasm (scripts/build-wasm.ts, wabt) -> src/spinglass/kernel-wasm.ts.
;;
;; Memory layout (bytes). One memory per sampler, made by JS at its final size and imported; the
;; kernel never grows it. Growing would detach the memory's ArrayBuffer: the Float64Array views JS
;; holds (the sampler's m, θ, ...) would die, and V8, once any ArrayBuffer has been detached, guards
;; every typed-array access in optimized JS against detachment, which slowed the JS reference
;; kernel by ~35 % in the same process. f64 regions start on 16-byte boundaries for v128.
;;      0  rng     4 x u32   xoshiro128** state s0..s3 (JS copies Prng's state in and out around run)
;;     16  rzig    f64       the ziggurat's R (3.442619855899)
;;     32  kn      128 x i32 ziggurat tables KN, WN, FN of gauss.ts, copied in by JS
;;    544  wn      128 x f64
;;   1568  fn      128 x f64
;;   2592  ...     N,D-dependent regions, offsets in the exported globals of the same names:
;;         delta   2 x D     the proposal δ: two buffers (each rounded up to 16 bytes) used in turn, so
;;                           that the δ of an accepted move survives the next draw until θ is updated
;;         m       N x D     state, row-major (the sampler's public `m`)
;;         theta   N x D     local fields θ = x + J m (public `theta`)
;;         sum     N x D     time-average accumulator (JS `sum`)
;;         jt      N x N     Jᵀ, row i holds J_ki for k = 0..N-1 (JS `Jt`)
;;         mm a b e          per-site scalars ‖m_k‖², m_k·θ_k, ‖θ_k‖², e_k (N each, stride S)
;;         an bn en          proposed a, b, e (N each, same stride S: one copy loop on acceptance)
;;         pq      2N        p_k = m_k·δ and q_k = θ_k·δ interleaved (p at 16k, q at 16k+8)
;;         lc      N         lastChange of the time-average bookkeeping
;; where S = N*8 rounded up to 16. D must be a multiple of 4 (JS falls back to its own kernel otherwise).
(module
  (import "js" "exp" (func $exp (param f64) (result f64)))
  (import "js" "log" (func $log (param f64) (result f64)))
  (import "js" "memory" (memory 1))

  (global $N (mut i32) (i32.const 0))
  (global $D (mut i32) (i32.const 0))
  (global $delta (mut i32) (i32.const 0))
  (global $m (export "m") (mut i32) (i32.const 0))
  (global $theta (export "theta") (mut i32) (i32.const 0))
  (global $sum (export "sum") (mut i32) (i32.const 0))
  (global $jt (export "jt") (mut i32) (i32.const 0))
  (global $mm (export "mm") (mut i32) (i32.const 0))
  (global $a (export "a") (mut i32) (i32.const 0))
  (global $b (export "b") (mut i32) (i32.const 0))
  (global $e (export "e") (mut i32) (i32.const 0))
  (global $an (mut i32) (i32.const 0))
  (global $pq (mut i32) (i32.const 0))
  (global $lc (export "lc") (mut i32) (i32.const 0))
  ;; Moves accepted by the last call of $run (its result is the number of steps taken).
  (global $accepted (export "accepted") (mut i32) (i32.const 0))

  ;; Round a byte count up to a multiple of 16.
  (func $align16 (param $x i32) (result i32)
    (i32.and (i32.add (local.get $x) (i32.const 15)) (i32.const -16)))

  ;; Lay out the N,D-dependent regions from byte 2592 on. Returns the bytes used, or -1 if the
  ;; memory JS made is too small (JS then uses its own kernel).
  (func (export "init") (param $N i32) (param $D i32) (result i32)
    (local $p i32) (local $rowBytes i32) (local $s i32) (local $need i32)
    (global.set $N (local.get $N))
    (global.set $D (local.get $D))
    (local.set $rowBytes (i32.mul (i32.mul (local.get $N) (local.get $D)) (i32.const 8)))
    (local.set $s (call $align16 (i32.mul (local.get $N) (i32.const 8))))
    (local.set $p (i32.const 2592))
    (global.set $delta (local.get $p))
    (local.set $p (i32.add (local.get $p) (i32.shl (call $align16 (i32.mul (local.get $D) (i32.const 8))) (i32.const 1))))
    (global.set $m (local.get $p))
    (local.set $p (i32.add (local.get $p) (local.get $rowBytes)))
    (global.set $theta (local.get $p))
    (local.set $p (i32.add (local.get $p) (local.get $rowBytes)))
    (global.set $sum (local.get $p))
    (local.set $p (i32.add (local.get $p) (local.get $rowBytes)))
    (global.set $jt (local.get $p))
    (local.set $p (i32.add (local.get $p) (call $align16 (i32.mul (i32.mul (local.get $N) (local.get $N)) (i32.const 8)))))
    (global.set $mm (local.get $p))
    (global.set $a (i32.add (local.get $p) (local.get $s)))
    (global.set $b (i32.add (local.get $p) (i32.mul (local.get $s) (i32.const 2))))
    (global.set $e (i32.add (local.get $p) (i32.mul (local.get $s) (i32.const 3))))
    (global.set $an (i32.add (local.get $p) (i32.mul (local.get $s) (i32.const 4))))
    (global.set $pq (i32.add (local.get $p) (i32.mul (local.get $s) (i32.const 7))))
    (global.set $lc (i32.add (global.get $pq) (i32.mul (local.get $s) (i32.const 2))))
    (local.set $need (i32.add (global.get $lc) (local.get $s)))
    (if (i32.gt_u (local.get $need) (i32.mul (memory.size) (i32.const 65536)))
      (then (return (i32.const -1))))
    (local.get $need))

  ;; Prng.nextUint32 (xoshiro128**) on the state in memory (the rare paths; $run's hot loop keeps the
  ;; state in locals and inlines the same code):
  ;;   result = imul(rotl(imul(s1, 5), 7), 9); t = s1 << 9;
  ;;   s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
  (func $u32 (result i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $r i32)
    (local.set $s0 (i32.load offset=0 (i32.const 0)))
    (local.set $s1 (i32.load offset=4 (i32.const 0)))
    (local.set $s2 (i32.load offset=8 (i32.const 0)))
    (local.set $s3 (i32.load offset=12 (i32.const 0)))
    (local.set $r (i32.mul (i32.rotl (i32.mul (local.get $s1) (i32.const 5)) (i32.const 7)) (i32.const 9)))
    (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
    (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
    (i32.store offset=0 (i32.const 0) (i32.xor (local.get $s0) (local.get $s3)))
    (i32.store offset=4 (i32.const 0) (i32.xor (local.get $s1) (local.get $s2)))
    (i32.store offset=8 (i32.const 0) (i32.xor (local.get $s2) (i32.shl (local.get $s1) (i32.const 9))))
    (i32.store offset=12 (i32.const 0) (i32.rotl (local.get $s3) (i32.const 11)))
    (local.get $r))

  ;; Prng.next: (hi * 67108864 + lo) / 9007199254740992 with hi = u32 >>> 5 drawn first, lo = u32 >>> 6.
  (func $next (result f64)
    (local $hi i32)
    (local.set $hi (i32.shr_u (call $u32) (i32.const 5)))
    (f64.div
      (f64.add
        (f64.mul (f64.convert_i32_u (local.get $hi)) (f64.const 67108864))
        (f64.convert_i32_u (i32.shr_u (call $u32) (i32.const 6))))
      (f64.const 9007199254740992)))

  ;; gauss.ts uniformOpen: (u32 + 0.5) / 4294967296.
  (func $uopen (result f64)
    (f64.div (f64.add (f64.convert_i32_u (call $u32)) (f64.const 0.5)) (f64.const 4294967296)))

  ;; gauss.ts zigguratNormal, line for line, entered with the first (hz, iz) already drawn ($run
  ;; draws them inline and calls this only when the fast test fails, ~1.2 % of draws).
  (func $normalFrom (param $hz i32) (param $iz i32) (result f64)
    (local $x f64) (local $xt f64) (local $y f64) (local $fi f64)
    (loop $retry
      ;; x = hz * WN[iz]; if (Math.abs(hz) < KN[iz]) return x   (|hz| as a double: |-2^31| = 2^31)
      (local.set $x (f64.mul (f64.convert_i32_s (local.get $hz))
                             (f64.load offset=544 (i32.shl (local.get $iz) (i32.const 3)))))
      (if (f64.lt (f64.abs (f64.convert_i32_s (local.get $hz)))
                  (f64.convert_i32_s (i32.load offset=32 (i32.shl (local.get $iz) (i32.const 2)))))
        (then (return (local.get $x))))
      (if (i32.eqz (local.get $iz))
        (then
          ;; do { xt = -log(u) / R; y = -log(u) } while (y + y < xt * xt); return hz > 0 ? R + xt : -R - xt
          (loop $tail
            (local.set $xt (f64.div (f64.neg (call $log (call $uopen))) (f64.load (i32.const 16))))
            (local.set $y (f64.neg (call $log (call $uopen))))
            (br_if $tail (f64.lt (f64.add (local.get $y) (local.get $y))
                                 (f64.mul (local.get $xt) (local.get $xt)))))
          (if (i32.gt_s (local.get $hz) (i32.const 0))
            (then (return (f64.add (f64.load (i32.const 16)) (local.get $xt)))))
          (return (f64.sub (f64.neg (f64.load (i32.const 16))) (local.get $xt)))))
      ;; if (FN[iz] + uniformOpen() * (FN[iz - 1] - FN[iz]) < exp(-0.5 * x * x)) return x
      (local.set $fi (f64.load offset=1568 (i32.shl (local.get $iz) (i32.const 3))))
      (if (f64.lt
            (f64.add (local.get $fi)
                     (f64.mul (call $uopen)
                              (f64.sub (f64.load offset=1560 (i32.shl (local.get $iz) (i32.const 3))) (local.get $fi))))
            (call $exp (f64.mul (f64.mul (f64.const -0.5) (local.get $x)) (local.get $x))))
        (then (return (local.get $x))))
      ;; for (;;): next try, hz = u32 | 0; iz = u32 & 127
      (local.set $hz (call $u32))
      (local.set $iz (i32.and (call $u32) (i32.const 127)))
      (br $retry))
    (unreachable))

  ;; Up to n steps of ThesisSampler.step; stops early right after the acceptance that brings
  ;; acceptLeft to 0 (JS then refreshes). steps and measureFrom are the JS fields (steps before this
  ;; call). Returns the steps taken; $accepted holds the moves accepted.
  ;;
  ;; V8 (Node 20) does not inline wasm calls into wasm, so the hot paths are written out here: the
  ;; RNG state lives in locals $s0..$s3 and goes back to memory only around calls of $next and
  ;; $normalFrom ("sync" below) and at the end.
  ;;
  ;; The θ update of an accepted move is deferred into the next step's dot-product loop, which
  ;; reads every θ_k anyway: there θ_k += J_ki δ is done first, element by element as in JS, and
  ;; the updated θ_k is stored and used for q_k. Each θ element thus gets exactly the JS operations
  ;; in the JS order; only one pass over θ per step is saved. δ alternates between two buffers so
  ;; that the pending δ survives the next draw. A pending update is flushed before returning.
  (func (export "run")
    (param $n i32) (param $beta f64) (param $sigma f64) (param $R f64)
    (param $steps f64) (param $measureFrom f64) (param $acceptLeft i32)
    (result i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $hz i32) (local $iz i32)
    (local $t i32) (local $i i32) (local $c i32) (local $k i32) (local $z f64) (local $v f64) (local $dd f64)
    (local $rowBytes i32) (local $thOff i32) (local $ptr i32) (local $end i32) (local $pqk i32)
    (local $ap01 v128) (local $ap23 v128) (local $aq01 v128) (local $aq23 v128)
    (local $d01 v128) (local $d23 v128) (local $t01 v128) (local $t23 v128)
    (local $col i32) (local $halfR2 f64) (local $dH f64) (local $jk f64) (local $ak f64) (local $mmk f64)
    (local $off i32) (local $oi i32) (local $w f64) (local $jkv v128) (local $S i32) (local $nb i32)
    (local $pv v128) (local $qv v128) (local $av v128) (local $bv v128) (local $ddv v128)
    (local $Rv v128) (local $halfR2v v128)
    (local $dcur i32) (local $dprev i32) (local $pend i32) (local $pcol i32)
    (global.set $accepted (i32.const 0))
    (local.set $rowBytes (i32.shl (global.get $D) (i32.const 3)))
    (local.set $nb (i32.shl (global.get $N) (i32.const 3)))
    (local.set $thOff (i32.sub (global.get $theta) (global.get $m)))
    (local.set $S (i32.sub (global.get $a) (global.get $mm)))
    (local.set $dcur (global.get $delta))
    (local.set $dprev (i32.add (global.get $delta) (call $align16 (local.get $rowBytes))))
    ;; halfR2 = 0.5 * R * R
    (local.set $halfR2 (f64.mul (f64.mul (f64.const 0.5) (local.get $R)) (local.get $R)))
    (local.set $Rv (f64x2.splat (local.get $R)))
    (local.set $halfR2v (f64x2.splat (local.get $halfR2)))
    (local.set $s0 (i32.load offset=0 (i32.const 0)))
    (local.set $s1 (i32.load offset=4 (i32.const 0)))
    (local.set $s2 (i32.load offset=8 (i32.const 0)))
    (local.set $s3 (i32.load offset=12 (i32.const 0)))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $t) (local.get $n)))
        ;; i = Math.floor(rng.next() * N)   (sync around the call)
        (i32.store offset=0 (i32.const 0) (local.get $s0))
        (i32.store offset=4 (i32.const 0) (local.get $s1))
        (i32.store offset=8 (i32.const 0) (local.get $s2))
        (i32.store offset=12 (i32.const 0) (local.get $s3))
        (local.set $i (i32.trunc_f64_s (f64.floor (f64.mul (call $next) (f64.convert_i32_s (global.get $N))))))
        (local.set $s0 (i32.load offset=0 (i32.const 0)))
        (local.set $s1 (i32.load offset=4 (i32.const 0)))
        (local.set $s2 (i32.load offset=8 (i32.const 0)))
        (local.set $s3 (i32.load offset=12 (i32.const 0)))

        ;; for c: v = sigma * zigguratNormal(rng); delta[c] = v; dd += v * v
        (local.set $dd (f64.const 0))
        (local.set $c (i32.const 0))
        (loop $draw
          ;; hz = u32 | 0   (xoshiro128** inline, as in $u32)
          (local.set $hz (i32.mul (i32.rotl (i32.mul (local.get $s1) (i32.const 5)) (i32.const 7)) (i32.const 9)))
          (local.set $iz (i32.shl (local.get $s1) (i32.const 9)))
          (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
          (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
          (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
          (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
          (local.set $s2 (i32.xor (local.get $s2) (local.get $iz)))
          (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
          ;; iz = u32 & 127
          (local.set $iz (i32.mul (i32.rotl (i32.mul (local.get $s1) (i32.const 5)) (i32.const 7)) (i32.const 9)))
          (local.set $k (i32.shl (local.get $s1) (i32.const 9)))
          (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
          (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
          (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
          (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
          (local.set $s2 (i32.xor (local.get $s2) (local.get $k)))
          (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
          (local.set $iz (i32.and (local.get $iz) (i32.const 127)))
          ;; if (Math.abs(hz) < KN[iz]) z = hz * WN[iz], else the slow path (sync around the call)
          (if (f64.lt (f64.abs (f64.convert_i32_s (local.get $hz)))
                      (f64.convert_i32_s (i32.load offset=32 (i32.shl (local.get $iz) (i32.const 2)))))
            (then
              (local.set $z (f64.mul (f64.convert_i32_s (local.get $hz))
                                     (f64.load offset=544 (i32.shl (local.get $iz) (i32.const 3))))))
            (else
              (i32.store offset=0 (i32.const 0) (local.get $s0))
              (i32.store offset=4 (i32.const 0) (local.get $s1))
              (i32.store offset=8 (i32.const 0) (local.get $s2))
              (i32.store offset=12 (i32.const 0) (local.get $s3))
              (local.set $z (call $normalFrom (local.get $hz) (local.get $iz)))
              (local.set $s0 (i32.load offset=0 (i32.const 0)))
              (local.set $s1 (i32.load offset=4 (i32.const 0)))
              (local.set $s2 (i32.load offset=8 (i32.const 0)))
              (local.set $s3 (i32.load offset=12 (i32.const 0)))))
          (local.set $v (f64.mul (local.get $sigma) (local.get $z)))
          (f64.store (i32.add (local.get $dcur) (local.get $c)) (local.get $v))
          (local.set $dd (f64.add (local.get $dd) (f64.mul (local.get $v) (local.get $v))))
          (local.set $c (i32.add (local.get $c) (i32.const 8)))
          (br_if $draw (i32.lt_u (local.get $c) (local.get $rowBytes))))

        ;; p_k = m_k·δ, q_k = θ_k·δ with the JS reference's four accumulators per row:
        ;;   p0 += m[oc]*d0; p1 += m[oc+1]*d1; p2 += m[oc+2]*d2; p3 += m[oc+3]*d3   (q likewise with θ)
        ;; $ap01 holds (p0, p1) in its lanes and $ap23 holds (p2, p3): lane by lane the same mul-then-add
        ;; in the same order of c. With a pending update (the previous step accepted a move at the site
        ;; whose Jᵀ row is $pcol, with δ in $dprev), each pair of θ_k first gets JS's
        ;; theta[oc] += jk * delta[c] and is stored back.
        (local.set $ptr (global.get $m))
        (local.set $pqk (global.get $pq))
        (local.set $end (i32.add (global.get $pq) (i32.shl (global.get $N) (i32.const 4))))
        (local.set $k (local.get $pcol)) ;; walks along the Jᵀ row of the pending update
        (loop $rows
          (local.set $ap01 (v128.const f64x2 0 0))
          (local.set $ap23 (v128.const f64x2 0 0))
          (local.set $aq01 (v128.const f64x2 0 0))
          (local.set $aq23 (v128.const f64x2 0 0))
          (local.set $c (i32.const 0))
          (if (local.get $pend)
            (then
              (local.set $jkv (f64x2.splat (f64.load (local.get $k))))
              (loop $fcols
                (local.set $d01 (v128.load (i32.add (local.get $dcur) (local.get $c))))
                (local.set $d23 (v128.load offset=16 (i32.add (local.get $dcur) (local.get $c))))
                (local.set $off (i32.add (i32.add (local.get $ptr) (local.get $c)) (local.get $thOff)))
                (local.set $t01 (f64x2.add (v128.load (local.get $off))
                                           (f64x2.mul (local.get $jkv) (v128.load (i32.add (local.get $dprev) (local.get $c))))))
                (local.set $t23 (f64x2.add (v128.load offset=16 (local.get $off))
                                           (f64x2.mul (local.get $jkv) (v128.load offset=16 (i32.add (local.get $dprev) (local.get $c))))))
                (v128.store (local.get $off) (local.get $t01))
                (v128.store offset=16 (local.get $off) (local.get $t23))
                (local.set $aq01 (f64x2.add (local.get $aq01) (f64x2.mul (local.get $t01) (local.get $d01))))
                (local.set $aq23 (f64x2.add (local.get $aq23) (f64x2.mul (local.get $t23) (local.get $d23))))
                (local.set $off (i32.add (local.get $ptr) (local.get $c)))
                (local.set $ap01 (f64x2.add (local.get $ap01) (f64x2.mul (v128.load (local.get $off)) (local.get $d01))))
                (local.set $ap23 (f64x2.add (local.get $ap23) (f64x2.mul (v128.load offset=16 (local.get $off)) (local.get $d23))))
                (local.set $c (i32.add (local.get $c) (i32.const 32)))
                (br_if $fcols (i32.lt_u (local.get $c) (local.get $rowBytes)))))
            (else
              (loop $cols
                (local.set $d01 (v128.load (i32.add (local.get $dcur) (local.get $c))))
                (local.set $d23 (v128.load offset=16 (i32.add (local.get $dcur) (local.get $c))))
                (local.set $off (i32.add (local.get $ptr) (local.get $c)))
                (local.set $ap01 (f64x2.add (local.get $ap01) (f64x2.mul (v128.load (local.get $off)) (local.get $d01))))
                (local.set $ap23 (f64x2.add (local.get $ap23) (f64x2.mul (v128.load offset=16 (local.get $off)) (local.get $d23))))
                (local.set $off (i32.add (local.get $off) (local.get $thOff)))
                (local.set $aq01 (f64x2.add (local.get $aq01) (f64x2.mul (v128.load (local.get $off)) (local.get $d01))))
                (local.set $aq23 (f64x2.add (local.get $aq23) (f64x2.mul (v128.load offset=16 (local.get $off)) (local.get $d23))))
                (local.set $c (i32.add (local.get $c) (i32.const 32)))
                (br_if $cols (i32.lt_u (local.get $c) (local.get $rowBytes))))))
          ;; p[k] = p0 + p1 + (p2 + p3), q[k] likewise, both at once:
          ;; ((p0, q0) + (p1, q1)) + ((p2, q2) + (p3, q3)), the pairs gathered by shuffles.
          (v128.store (local.get $pqk)
            (f64x2.add
              (f64x2.add
                (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ap01) (local.get $aq01))
                (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ap01) (local.get $aq01)))
              (f64x2.add
                (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ap23) (local.get $aq23))
                (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ap23) (local.get $aq23)))))
          (local.set $ptr (i32.add (local.get $ptr) (local.get $rowBytes)))
          (local.set $k (i32.add (local.get $k) (i32.const 8)))
          (local.set $pqk (i32.add (local.get $pqk) (i32.const 16)))
          (br_if $rows (i32.lt_u (local.get $pqk) (local.get $end))))
        (local.set $pend (i32.const 0))

        ;; The proposed scalars, two sites (k, k+1) per f64x2 (sqrt and div are correctly rounded in
        ;; each lane, as in JS); for odd N the last pair's second lane is region padding, never used.
        ;; JS, for every k (site i is corrected below):
        ;;   ak = a[k] + jk * p[k];  bk = b[k] + 2 * jk * q[k] + jk * jk * dd
        ;;   ek = 0.5 * mm[k] - (R * ak) / Math.sqrt(bk) + halfR2;  aNew, bNew, eNew[k] = ak, bk, ek
        (local.set $col (i32.add (global.get $jt) (i32.mul (local.get $i) (local.get $nb))))
        (local.set $ddv (f64x2.splat (local.get $dd)))
        (local.set $k (i32.const 0)) ;; 8k, in bytes
        (loop $sites
          (local.set $jkv (v128.load (i32.add (local.get $col) (local.get $k))))
          (local.set $off (i32.add (global.get $pq) (i32.shl (local.get $k) (i32.const 1))))
          (local.set $pv (v128.load (local.get $off)))
          (local.set $qv (v128.load offset=16 (local.get $off)))
          (local.set $off (i32.add (global.get $mm) (local.get $k)))
          (local.set $av (f64x2.add (v128.load (i32.add (local.get $off) (local.get $S)))
                                    (f64x2.mul (local.get $jkv)
                                               (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $pv) (local.get $qv)))))
          (local.set $bv (f64x2.add
                           (f64x2.add (v128.load (i32.add (local.get $off) (i32.shl (local.get $S) (i32.const 1))))
                                      (f64x2.mul (f64x2.mul (v128.const f64x2 2 2) (local.get $jkv))
                                                 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $pv) (local.get $qv))))
                           (f64x2.mul (f64x2.mul (local.get $jkv) (local.get $jkv)) (local.get $ddv))))
          ;; aNew (mm + 4S), bNew (mm + 5S), eNew (mm + 6S)
          (v128.store (i32.add (local.get $off) (i32.shl (local.get $S) (i32.const 2))) (local.get $av))
          (v128.store (i32.add (local.get $off) (i32.mul (local.get $S) (i32.const 5))) (local.get $bv))
          (v128.store (i32.add (local.get $off) (i32.mul (local.get $S) (i32.const 6)))
            (f64x2.add
              (f64x2.sub (f64x2.mul (v128.const f64x2 0.5 0.5) (v128.load (local.get $off)))
                         (f64x2.div (f64x2.mul (local.get $Rv) (local.get $av)) (f64x2.sqrt (local.get $bv))))
              (local.get $halfR2v)))
          (local.set $k (i32.add (local.get $k) (i32.const 16)))
          (br_if $sites (i32.lt_u (local.get $k) (local.get $nb))))
        ;; Site i itself (JS `if (k === i) { mmk += 2 * p[k] + dd; ak += q[k] + jk * dd }`): aNew[i]
        ;; already holds a[i] + jk * p[i], bNew[i] is unchanged; redo ak and ek.
        (local.set $off (i32.shl (local.get $i) (i32.const 3)))
        (local.set $jk (f64.load (i32.add (local.get $col) (local.get $off))))
        (local.set $pqk (i32.add (global.get $pq) (i32.shl (local.get $off) (i32.const 1))))
        (local.set $off (i32.add (global.get $mm) (local.get $off)))
        (local.set $mmk (f64.add (f64.load (local.get $off))
                                 (f64.add (f64.mul (f64.const 2) (f64.load (local.get $pqk))) (local.get $dd))))
        (local.set $ak (f64.add (f64.load (i32.add (local.get $off) (i32.shl (local.get $S) (i32.const 2))))
                                (f64.add (f64.load offset=8 (local.get $pqk)) (f64.mul (local.get $jk) (local.get $dd)))))
        (f64.store (i32.add (local.get $off) (i32.shl (local.get $S) (i32.const 2))) (local.get $ak))
        (f64.store (i32.add (local.get $off) (i32.mul (local.get $S) (i32.const 6)))
          (f64.add
            (f64.sub (f64.mul (f64.const 0.5) (local.get $mmk))
                     (f64.div (f64.mul (local.get $R) (local.get $ak))
                              (f64.sqrt (f64.load (i32.add (local.get $off) (i32.mul (local.get $S) (i32.const 5)))))))
            (local.get $halfR2)))
        ;; dH += ek - e[k], in the order of k (e = mm + 3S, eNew = mm + 6S)
        (local.set $dH (f64.const 0))
        (local.set $off (i32.add (global.get $mm) (i32.mul (local.get $S) (i32.const 3))))
        (local.set $end (i32.add (local.get $off) (local.get $nb)))
        (loop $sum
          (local.set $dH (f64.add (local.get $dH)
                                  (f64.sub (f64.load (i32.add (local.get $off) (i32.mul (local.get $S) (i32.const 3))))
                                           (f64.load (local.get $off)))))
          (local.set $off (i32.add (local.get $off) (i32.const 8)))
          (br_if $sum (i32.lt_u (local.get $off) (local.get $end))))

        ;; this.steps++; accept = dH <= 0 || rng.next() < Math.exp(-this.beta * dH)   (sync around $next)
        (local.set $steps (f64.add (local.get $steps) (f64.const 1)))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (if (i32.eqz (f64.le (local.get $dH) (f64.const 0)))
          (then
            (i32.store offset=0 (i32.const 0) (local.get $s0))
            (i32.store offset=4 (i32.const 0) (local.get $s1))
            (i32.store offset=8 (i32.const 0) (local.get $s2))
            (i32.store offset=12 (i32.const 0) (local.get $s3))
            (local.set $z (call $next))
            (local.set $s0 (i32.load offset=0 (i32.const 0)))
            (local.set $s1 (i32.load offset=4 (i32.const 0)))
            (local.set $s2 (i32.load offset=8 (i32.const 0)))
            (local.set $s3 (i32.load offset=12 (i32.const 0)))
            (br_if $step (i32.eqz (f64.lt (local.get $z) (call $exp (f64.mul (f64.neg (local.get $beta)) (local.get $dH))))))))

        ;; Accepted.
        (global.set $accepted (i32.add (global.get $accepted) (i32.const 1)))
        (local.set $oi (i32.add (global.get $m) (i32.mul (local.get $i) (local.get $rowBytes))))
        ;; if (steps > measureFrom) { w = steps - 1 - lastChange[i]; sum[oi + c] += w * m[oi + c]; lastChange[i] = steps - 1 }
        (if (f64.gt (local.get $steps) (local.get $measureFrom))
          (then
            (local.set $off (i32.add (global.get $lc) (i32.shl (local.get $i) (i32.const 3))))
            (local.set $w (f64.sub (f64.sub (local.get $steps) (f64.const 1)) (f64.load (local.get $off))))
            (f64.store (local.get $off) (f64.sub (local.get $steps) (f64.const 1)))
            (local.set $jkv (f64x2.splat (local.get $w)))
            (local.set $ptr (i32.add (local.get $oi) (i32.sub (global.get $sum) (global.get $m))))
            (local.set $c (i32.const 0))
            (loop $avg
              (v128.store (i32.add (local.get $ptr) (local.get $c))
                (f64x2.add (v128.load (i32.add (local.get $ptr) (local.get $c)))
                           (f64x2.mul (local.get $jkv) (v128.load (i32.add (local.get $oi) (local.get $c))))))
              (local.set $c (i32.add (local.get $c) (i32.const 16)))
              (br_if $avg (i32.lt_u (local.get $c) (local.get $rowBytes))))))
        ;; m[oi + c] += delta[c]
        (local.set $c (i32.const 0))
        (loop $move
          (v128.store (i32.add (local.get $oi) (local.get $c))
            (f64x2.add (v128.load (i32.add (local.get $oi) (local.get $c)))
                       (v128.load (i32.add (local.get $dcur) (local.get $c)))))
          (local.set $c (i32.add (local.get $c) (i32.const 16)))
          (br_if $move (i32.lt_u (local.get $c) (local.get $rowBytes))))
        ;; mm[i] += 2 * p[i] + dd
        (local.set $off (i32.add (global.get $mm) (i32.shl (local.get $i) (i32.const 3))))
        (f64.store (local.get $off)
          (f64.add (f64.load (local.get $off))
                   (f64.add (f64.mul (f64.const 2) (f64.load (i32.add (global.get $pq) (i32.shl (local.get $i) (i32.const 4)))))
                            (local.get $dd))))
        ;; a.set(aNew); b.set(bNew); e.set(eNew): the regions are contiguous with stride S, so one
        ;; copy of 3S bytes from mm + 4S to mm + S (an inline loop: memory.copy is a call in V8).
        (local.set $off (global.get $a))
        (local.set $end (i32.add (local.get $off) (i32.mul (local.get $S) (i32.const 3))))
        (loop $copy
          (v128.store (local.get $off) (v128.load (i32.add (local.get $off) (i32.mul (local.get $S) (i32.const 3)))))
          (local.set $off (i32.add (local.get $off) (i32.const 16)))
          (br_if $copy (i32.lt_u (local.get $off) (local.get $end))))
        ;; theta[o + c] += jk * delta[c] for every row k, jk = Jt[col + k]: pending, done by the next
        ;; dot-product loop (or the flush below); this δ buffer is kept, the next draw uses the other.
        (local.set $pend (i32.const 1))
        (local.set $pcol (local.get $col))
        (local.set $off (local.get $dcur))
        (local.set $dcur (local.get $dprev))
        (local.set $dprev (local.get $off))
        ;; if (++sinceRefresh >= refreshEvery) refresh(): JS does the refresh, so stop here.
        (local.set $acceptLeft (i32.sub (local.get $acceptLeft) (i32.const 1)))
        (br_if $step (i32.gt_s (local.get $acceptLeft) (i32.const 0)))))
    ;; Flush a pending θ update (theta[o + c] += jk * delta[c], as in JS) so that JS sees the state.
    (if (local.get $pend)
      (then
        (local.set $ptr (global.get $theta))
        (local.set $k (i32.const 0)) ;; 8k, in bytes
        (loop $fields
          (local.set $jkv (f64x2.splat (f64.load (i32.add (local.get $pcol) (local.get $k)))))
          (local.set $c (i32.const 0))
          (loop $fcols
            (local.set $off (i32.add (local.get $ptr) (local.get $c)))
            (v128.store (local.get $off)
              (f64x2.add (v128.load (local.get $off))
                         (f64x2.mul (local.get $jkv) (v128.load (i32.add (local.get $dprev) (local.get $c))))))
            (v128.store offset=16 (local.get $off)
              (f64x2.add (v128.load offset=16 (local.get $off))
                         (f64x2.mul (local.get $jkv) (v128.load offset=16 (i32.add (local.get $dprev) (local.get $c))))))
            (local.set $c (i32.add (local.get $c) (i32.const 32)))
            (br_if $fcols (i32.lt_u (local.get $c) (local.get $rowBytes))))
          (local.set $ptr (i32.add (local.get $ptr) (local.get $rowBytes)))
          (local.set $k (i32.add (local.get $k) (i32.const 8)))
          (br_if $fields (i32.lt_u (local.get $k) (local.get $nb))))))
    (i32.store offset=0 (i32.const 0) (local.get $s0))
    (i32.store offset=4 (i32.const 0) (local.get $s1))
    (i32.store offset=8 (i32.const 0) (local.get $s2))
    (i32.store offset=12 (i32.const 0) (local.get $s3))
    (local.get $t))
)
