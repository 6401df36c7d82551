;; Random-site Metropolis on a spin lattice, the hot loop of src/mcmc/metropolis-native.c in
;; WebAssembly: the kernel that runs where no C compiler built the native one. The same chain as
;; metropolisSweep (src/mcmc/metropolis.ts) bit for bit; the derivation of each step (integer site
;; choice, integer acceptance thresholds, the per-site key cache) is in metropolis-native.c's header.
;; JS (metropolis-wasm.ts) fills the memory and builds the key cache and the thresholds; this loop
;; only runs the attempts.
;;
;; Memory (imported, made by JS at its final size, never grown), byte addresses:
;;   0    xoshiro128** state, 4 x u32 (read at entry, written back at exit)
;;   16   TH[25], u32: high 27 bits of the threshold T = ceil(p*2^53) of each key
;;   128  TL[25], u32: its low 26 bits
;;   $sp  spins, N x i8 (+-1)
;;   $kc  keys 8*s_i + sum_nb s_j + 12, N x u8
;;   $nb  neighbours, 4N x i32
;; run(N, n, needMask, sp, kc, nb) makes n attempts (n an integer < 2^53, as f64) and returns the
;; flips (f64).
(module
  (import "js" "memory" (memory 1))
  (func (export "run") (param $N i32) (param $nf f64) (param $mask i32) (param $sp i32) (param $kc i32) (param $nb i32) (result f64)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $t i32)
    (local $n i64) (local $done i64) (local $flips i64)
    (local $u i32) (local $i i32) (local $k i32) (local $hi i32) (local $b i32) (local $th i32)
    (local $s i32) (local $d i32) (local $q i32) (local $j i32)
    (local.set $s0 (i32.load (i32.const 0)))
    (local.set $s1 (i32.load (i32.const 4)))
    (local.set $s2 (i32.load (i32.const 8)))
    (local.set $s3 (i32.load (i32.const 12)))
    (local.set $n (i64.trunc_f64_u (local.get $nf)))
    (block $end
      (loop $attempt
        (br_if $end (i64.ge_u (local.get $done) (local.get $n)))
        (local.set $done (i64.add (local.get $done) (i64.const 1)))
        ;; u = next output; the state advances (prng.ts's nextUint32)
        (local.set $u (i32.mul (i32.rotl (i32.mul (local.get $s1) (i32.const 5)) (i32.const 7)) (i32.const 9)))
        (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
        (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
        (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
        (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
        (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
        (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
        (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
        ;; i = floor(u*N / 2^32)
        (local.set $i (i32.wrap_i64 (i64.shr_u
          (i64.mul (i64.extend_i32_u (local.get $u)) (i64.extend_i32_u (local.get $N)))
          (i64.const 32))))
        (local.set $k (i32.load8_u (i32.add (local.get $kc) (local.get $i))))
        (if (i32.and (i32.shr_u (local.get $mask) (local.get $k)) (i32.const 1))
          (then
            ;; hi = next output >>> 5; the state advances twice (the second output is formed only on a tie)
            (local.set $hi (i32.shr_u
              (i32.mul (i32.rotl (i32.mul (local.get $s1) (i32.const 5)) (i32.const 7)) (i32.const 9))
              (i32.const 5)))
            (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
            (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
            (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
            (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
            (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
            (local.set $b (local.get $s1))
            (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
            (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
            (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
            (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
            (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
            (local.set $th (i32.load (i32.add (i32.const 16) (i32.shl (local.get $k) (i32.const 2)))))
            (if (i32.ge_u (local.get $hi) (local.get $th))
              (then
                ;; rejected unless a tie of the high words is decided by the low ones: lo < TL
                (br_if $attempt (i32.ne (local.get $hi) (local.get $th)))
                (br_if $attempt (i32.ge_u
                  (i32.shr_u
                    (i32.mul (i32.rotl (i32.mul (local.get $b) (i32.const 5)) (i32.const 7)) (i32.const 9))
                    (i32.const 6))
                  (i32.load (i32.add (i32.const 128) (i32.shl (local.get $k) (i32.const 2))))))))))
        ;; flip: the spin, its key, and its neighbours' keys (sum_nb changes by -2s for each)
        (local.set $s (i32.load8_s (i32.add (local.get $sp) (local.get $i))))
        (i32.store8 (i32.add (local.get $sp) (local.get $i)) (i32.sub (i32.const 0) (local.get $s)))
        (i32.store8 (i32.add (local.get $kc) (local.get $i))
          (i32.sub (local.get $k) (i32.shl (local.get $s) (i32.const 4))))
        (local.set $d (i32.mul (local.get $s) (i32.const -2)))
        (local.set $q (i32.add (local.get $nb) (i32.shl (local.get $i) (i32.const 4))))
        (local.set $j (i32.add (local.get $kc) (i32.load (local.get $q))))
        (i32.store8 (local.get $j) (i32.add (i32.load8_u (local.get $j)) (local.get $d)))
        (local.set $j (i32.add (local.get $kc) (i32.load offset=4 (local.get $q))))
        (i32.store8 (local.get $j) (i32.add (i32.load8_u (local.get $j)) (local.get $d)))
        (local.set $j (i32.add (local.get $kc) (i32.load offset=8 (local.get $q))))
        (i32.store8 (local.get $j) (i32.add (i32.load8_u (local.get $j)) (local.get $d)))
        (local.set $j (i32.add (local.get $kc) (i32.load offset=12 (local.get $q))))
        (i32.store8 (local.get $j) (i32.add (i32.load8_u (local.get $j)) (local.get $d)))
        (local.set $flips (i64.add (local.get $flips) (i64.const 1)))
        (br $attempt)))
    (i32.store (i32.const 0) (local.get $s0))
    (i32.store (i32.const 4) (local.get $s1))
    (i32.store (i32.const 8) (local.get $s2))
    (i32.store (i32.const 12) (local.get $s3))
    (f64.convert_i64_u (local.get $flips))))
