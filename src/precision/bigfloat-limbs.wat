;; The limb kernel of the bigint block-floating-point matrix product (src/precision/bigfloat-limbs.ts):
;; C = A*B for nxn matrices of integers, every dot product exact, then one rounding of all entries
;; by the same shift S, exactly as bigfloat-matrix.ts's normalize rounds a bigint:
;; floor((x + 2^(S-1)) / 2^S).
;;
;; Representation. JS hands over each entry as W little-endian u64 words of its magnitude and an
;; i32 sign; `split` turns them into signed 28-bit limbs (every limb carries the entry's sign,
;; |limb| < 2^28), A row-major with la limbs per entry, B with lb limbs per entry and the entries
;; (k, j) and (k, j+1) interleaved limb by limb, so that one 64-bit load gives limb v of both.
;;
;; Why exact: `prod` computes outputs (i, j), (i, j+1) at once in the two i64 lanes of a v128 (and
;; (i, j+2), (i, j+3) in a second one):
;; column t = sum over k and u of a_(i,k,u) * b_(k,j,t-u), each product a signed 64-bit
;; i64x2.extmul_low_i32x4_s of two limbs, |product| < 2^56, at most n*min(la, lb) of them per
;; column; JS calls the kernel only when n*min(la, lb) <= 120, so every column sum is < 2^63.
;; The carry pass (x = column + carry; limb = x & (2^28 - 1); carry = x >> 28, arithmetic) leaves
;; the two's complement value in lp = la + lb + 1 limbs (|C_ij| < n*2^(28(la+lb)), n < 2^27) and its
;; sign in the final carry (0 or -1); negative results are negated to magnitudes.
;;
;; Memory (imported, made by JS, never grown); byte addresses passed by JS:
;;   words/signs  the u64 words and i32 signs of the entries of one factor (split's input)
;;   $pa          A limbs, i32, la per entry, row-major
;;   $pb          B limbs, i32, lb per entry, pairs (k, 2h), (k, 2h+1) interleaved; n padded to 4*ceil(n/4)
;;   $pp/$pps     the exact products as magnitudes, lp 28-bit limbs per entry (i32), and signs
;;   $dummy       lp i32 of scratch (the limbs of padding outputs)
;;   $po          round's output, Wo u64 words per entry
(module
  (import "js" "memory" (memory 1))

  ;; split: entries e < n2 of a factor (W words each at $src, signs at $sg) into L signed 28-bit
  ;; limbs at $dst: entry e = r*n + c goes to limb index
  ;;   inter = 0: e*L + v;   inter = 1: ((r*np + (c >> 1))*L + v)*2 + (c & 1), np = 2*ceil(n/4)
;; (pairs of columns, padded to an even number; JS zeroes the padding).
  (func (export "split") (param $n i32) (param $src i32) (param $sg i32) (param $W i32) (param $L i32)
    (param $dst i32) (param $inter i32)
    (local $e i32) (local $n2 i32) (local $s i32) (local $v i32) (local $b i32) (local $q i32)
    (local $r i64) (local $x i64) (local $wa i32) (local $base i32) (local $step i32) (local $np i32)
    (local $limb i32)
    (local.set $n2 (i32.mul (local.get $n) (local.get $n)))
    (local.set $np (i32.shl (i32.shr_u (i32.add (local.get $n) (i32.const 3)) (i32.const 2)) (i32.const 1)))
    (local.set $e (i32.const 0))
    (loop $le
      (local.set $s (i32.load (i32.add (local.get $sg) (i32.shl (local.get $e) (i32.const 2)))))
      (if (local.get $inter)
        (then
          (local.set $base (i32.add
            (i32.shl (i32.mul (i32.add
              (i32.mul (i32.div_u (local.get $e) (local.get $n)) (local.get $np))
              (i32.shr_u (i32.rem_u (local.get $e) (local.get $n)) (i32.const 1))) (local.get $L)) (i32.const 1))
            (i32.and (i32.rem_u (local.get $e) (local.get $n)) (i32.const 1))))
          (local.set $step (i32.const 2)))
        (else
          (local.set $base (i32.mul (local.get $e) (local.get $L)))
          (local.set $step (i32.const 1))))
      (local.set $wa (i32.add (local.get $src) (i32.shl (i32.mul (local.get $e) (local.get $W)) (i32.const 3))))
      (local.set $v (i32.const 0))
      (loop $lv
        ;; bits [28v, 28v + 28) of the magnitude
        (local.set $b (i32.mul (local.get $v) (i32.const 28)))
        (local.set $q (i32.shr_u (local.get $b) (i32.const 6)))
        (local.set $r (i64.extend_i32_u (i32.and (local.get $b) (i32.const 63))))
        (local.set $x (i64.const 0))
        (if (i32.lt_u (local.get $q) (local.get $W))
          (then
            (local.set $x (i64.shr_u (i64.load (i32.add (local.get $wa) (i32.shl (local.get $q) (i32.const 3))))
              (local.get $r)))
            (if (i32.and (i64.gt_u (local.get $r) (i64.const 36))
                         (i32.lt_u (i32.add (local.get $q) (i32.const 1)) (local.get $W)))
              (then
                (local.set $x (i64.or (local.get $x) (i64.shl
                  (i64.load (i32.add (local.get $wa) (i32.shl (i32.add (local.get $q) (i32.const 1)) (i32.const 3))))
                  (i64.sub (i64.const 64) (local.get $r)))))))))
        (local.set $limb (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0x0fffffff)))
        (i32.store (i32.add (local.get $dst) (i32.shl
            (i32.add (local.get $base) (i32.mul (local.get $v) (local.get $step))) (i32.const 2)))
          (select (i32.sub (i32.const 0) (local.get $limb)) (local.get $limb) (i32.lt_s (local.get $s) (i32.const 0))))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br_if $lv (i32.lt_u (local.get $v) (local.get $L))))
      (local.set $e (i32.add (local.get $e) (i32.const 1)))
      (br_if $le (i32.lt_u (local.get $e) (local.get $n2)))))

  ;; zero: $count i32 at $dst (the padding column of an odd n).
  (func (export "zero") (param $dst i32) (param $count i32)
    (memory.fill (local.get $dst) (i32.const 0) (i32.shl (local.get $count) (i32.const 2))))

  ;; the sign of output e from its final carry; negative: negate its lp limbs to the magnitude;
  ;; returns the magnitude's bit length
  (func $finish (param $e i32) (param $carry i64) (param $lp i32) (param $pp i32) (param $pps i32) (result i32)
    (local $out i32) (local $x i64) (local $t i32) (local $addr i32) (local $nz i32) (local $len i32)
    (local.set $out (i32.add (local.get $pp) (i32.shl (i32.mul (local.get $e) (local.get $lp)) (i32.const 2))))
    (if (i64.lt_s (local.get $carry) (i64.const 0))
      (then
        ;; magnitude = ~x + 1 over lp limbs of 28 bits
        (local.set $x (i64.const 1))
        (local.set $t (i32.const 0))
        (loop $ln
          (local.set $addr (i32.add (local.get $out) (i32.shl (local.get $t) (i32.const 2))))
          (local.set $x (i64.add (local.get $x) (i64.extend_i32_u
            (i32.and (i32.xor (i32.load (local.get $addr)) (i32.const -1)) (i32.const 0x0fffffff)))))
          (i32.store (local.get $addr) (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0x0fffffff)))
          (local.set $x (i64.shr_u (local.get $x) (i64.const 28)))
          (local.set $t (i32.add (local.get $t) (i32.const 1)))
          (br_if $ln (i32.lt_u (local.get $t) (local.get $lp))))))
    (local.set $t (local.get $lp))
    (block $found
      (loop $lz
        (local.set $t (i32.sub (local.get $t) (i32.const 1)))
        (local.set $nz (i32.load (i32.add (local.get $out) (i32.shl (local.get $t) (i32.const 2)))))
        (if (local.get $nz)
          (then
            (local.set $len (i32.sub (i32.add (i32.mul (local.get $t) (i32.const 28)) (i32.const 32))
              (i32.clz (local.get $nz))))
            (br $found)))
        (br_if $lz (i32.gt_s (local.get $t) (i32.const 0)))))
    (i32.store (i32.add (local.get $pps) (i32.shl (local.get $e) (i32.const 2)))
      (select
        (select (i32.const -1) (i32.const 1) (i64.lt_s (local.get $carry) (i64.const 0)))
        (i32.const 0)
        (local.get $len)))
    (local.get $len))

  ;; prod: the exact products into $pp/$pps; returns the largest bit length of a magnitude.
  ;; Four outputs (i, 4g .. 4g+3) at a time: two v128 accumulators (pairs h = 2g and 2g + 1)
  ;; sharing each limb of A. Limbs of padding outputs (j >= n) go to $dummy (lp i32 of scratch).
  (func (export "prod") (param $n i32) (param $la i32) (param $lb i32) (param $pa i32) (param $pb i32)
    (param $pp i32) (param $pps i32) (param $dummy i32) (result i32)
    (local $lp i32) (local $np i32) (local $i i32) (local $h i32) (local $k i32) (local $u i32)
    (local $t i32) (local $t4 i32) (local $u0 i32) (local $u1 i32) (local $aoff i32) (local $boff i32)
    (local $bstep i32) (local $abase i32) (local $bbase i32) (local $bk i32) (local $ak i32)
    (local $acc0 v128) (local $acc1 v128) (local $av v128) (local $c0 i64) (local $c1 i64) (local $c2 i64)
    (local $c3 i64) (local $x i64) (local $j i32) (local $len i32) (local $maxlen i32) (local $e i32)
    (local $cols i32) (local $o0 i32) (local $o1 i32) (local $o2 i32) (local $o3 i32)
    (local.set $lp (i32.add (i32.add (local.get $la) (local.get $lb)) (i32.const 1)))
    (local.set $cols (i32.sub (i32.add (local.get $la) (local.get $lb)) (i32.const 1)))
    (local.set $np (i32.shl (i32.shr_u (i32.add (local.get $n) (i32.const 3)) (i32.const 2)) (i32.const 1)))
    (local.set $bstep (i32.shl (local.get $lb) (i32.const 3)))
    ;; strides over k: A entry (i, k) -> (i, k+1) is la limbs; B pair (k, h) -> (k+1, h) is np*lb pairs
    (local.set $ak (i32.shl (local.get $la) (i32.const 2)))
    (local.set $bk (i32.shl (i32.mul (local.get $np) (local.get $lb)) (i32.const 3)))
    (local.set $i (i32.const 0))
    (loop $li
      (local.set $h (i32.const 0))
      (loop $lh
        (local.set $j (i32.shl (local.get $h) (i32.const 1)))
        (local.set $e (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)))
        (local.set $o0 (select
          (i32.add (local.get $pp) (i32.shl (i32.mul (i32.add (local.get $e) (i32.const 0)) (local.get $lp)) (i32.const 2)))
          (local.get $dummy)
          (i32.lt_u (i32.add (local.get $j) (i32.const 0)) (local.get $n))))
        (local.set $o1 (select
          (i32.add (local.get $pp) (i32.shl (i32.mul (i32.add (local.get $e) (i32.const 1)) (local.get $lp)) (i32.const 2)))
          (local.get $dummy)
          (i32.lt_u (i32.add (local.get $j) (i32.const 1)) (local.get $n))))
        (local.set $o2 (select
          (i32.add (local.get $pp) (i32.shl (i32.mul (i32.add (local.get $e) (i32.const 2)) (local.get $lp)) (i32.const 2)))
          (local.get $dummy)
          (i32.lt_u (i32.add (local.get $j) (i32.const 2)) (local.get $n))))
        (local.set $o3 (select
          (i32.add (local.get $pp) (i32.shl (i32.mul (i32.add (local.get $e) (i32.const 3)) (local.get $lp)) (i32.const 2)))
          (local.get $dummy)
          (i32.lt_u (i32.add (local.get $j) (i32.const 3)) (local.get $n))))
        (local.set $c0 (i64.const 0))
        (local.set $c1 (i64.const 0))
        (local.set $c2 (i64.const 0))
        (local.set $c3 (i64.const 0))
        (local.set $t (i32.const 0))
        (loop $lt
          (local.set $acc0 (v128.const i64x2 0 0))
          (local.set $acc1 (v128.const i64x2 0 0))
          (if (i32.lt_u (local.get $t) (local.get $cols))
            (then
              ;; u in [max(0, t - lb + 1), min(t, la - 1)]
              (local.set $u0 (i32.sub (local.get $t) (i32.sub (local.get $lb) (i32.const 1))))
              (if (i32.lt_s (local.get $u0) (i32.const 0)) (then (local.set $u0 (i32.const 0))))
              (local.set $u1 (local.get $t))
              (if (i32.ge_s (local.get $u1) (local.get $la)) (then (local.set $u1 (i32.sub (local.get $la) (i32.const 1)))))
              ;; k = 0: a limb u0 of (i, 0); b limb t-u0 of pair (0, h); pair (k, h+1) is 8 lb bytes on
              (local.set $abase (i32.add (local.get $pa) (i32.shl (i32.add
                (i32.mul (i32.mul (local.get $i) (local.get $n)) (local.get $la)) (local.get $u0)) (i32.const 2))))
              (local.set $bbase (i32.add (local.get $pb) (i32.shl (i32.add
                (i32.mul (local.get $h) (local.get $lb)) (i32.sub (local.get $t) (local.get $u0))) (i32.const 3))))
              (local.set $k (local.get $n))
              (loop $lk
                (local.set $aoff (local.get $abase))
                (local.set $boff (local.get $bbase))
                (local.set $u (local.get $u0))
                (loop $lu
                  (local.set $av (v128.load32_splat (local.get $aoff)))
                  (local.set $acc0 (i64x2.add (local.get $acc0)
                    (i64x2.extmul_low_i32x4_s (local.get $av) (v128.load64_zero (local.get $boff)))))
                  (local.set $acc1 (i64x2.add (local.get $acc1)
                    (i64x2.extmul_low_i32x4_s (local.get $av)
                      (v128.load64_zero (i32.add (local.get $boff) (local.get $bstep))))))
                  (local.set $aoff (i32.add (local.get $aoff) (i32.const 4)))
                  (local.set $boff (i32.sub (local.get $boff) (i32.const 8)))
                  (local.set $u (i32.add (local.get $u) (i32.const 1)))
                  (br_if $lu (i32.le_s (local.get $u) (local.get $u1))))
                (local.set $abase (i32.add (local.get $abase) (local.get $ak)))
                (local.set $bbase (i32.add (local.get $bbase) (local.get $bk)))
                (local.set $k (i32.sub (local.get $k) (i32.const 1)))
                (br_if $lk (local.get $k)))))
          ;; carry step of each lane: limb t = (column + carry) mod 2^28, carry = the rest (arithmetic)
          (local.set $t4 (i32.shl (local.get $t) (i32.const 2)))
          (local.set $x (i64.add (local.get $c0) (i64x2.extract_lane 0 (local.get $acc0))))
          (i32.store (i32.add (local.get $o0) (local.get $t4)) (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0x0fffffff)))
          (local.set $c0 (i64.shr_s (local.get $x) (i64.const 28)))
          (local.set $x (i64.add (local.get $c1) (i64x2.extract_lane 1 (local.get $acc0))))
          (i32.store (i32.add (local.get $o1) (local.get $t4)) (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0x0fffffff)))
          (local.set $c1 (i64.shr_s (local.get $x) (i64.const 28)))
          (local.set $x (i64.add (local.get $c2) (i64x2.extract_lane 0 (local.get $acc1))))
          (i32.store (i32.add (local.get $o2) (local.get $t4)) (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0x0fffffff)))
          (local.set $c2 (i64.shr_s (local.get $x) (i64.const 28)))
          (local.set $x (i64.add (local.get $c3) (i64x2.extract_lane 1 (local.get $acc1))))
          (i32.store (i32.add (local.get $o3) (local.get $t4)) (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0x0fffffff)))
          (local.set $c3 (i64.shr_s (local.get $x) (i64.const 28)))
          (local.set $t (i32.add (local.get $t) (i32.const 1)))
          (br_if $lt (i32.lt_u (local.get $t) (local.get $lp))))
        (if (i32.lt_u (i32.add (local.get $j) (i32.const 0)) (local.get $n))
          (then (local.set $len (call $finish (i32.add (local.get $e) (i32.const 0)) (local.get $c0) (local.get $lp) (local.get $pp) (local.get $pps)))
            (if (i32.gt_u (local.get $len) (local.get $maxlen)) (then (local.set $maxlen (local.get $len))))))
        (if (i32.lt_u (i32.add (local.get $j) (i32.const 1)) (local.get $n))
          (then (local.set $len (call $finish (i32.add (local.get $e) (i32.const 1)) (local.get $c1) (local.get $lp) (local.get $pp) (local.get $pps)))
            (if (i32.gt_u (local.get $len) (local.get $maxlen)) (then (local.set $maxlen (local.get $len))))))
        (if (i32.lt_u (i32.add (local.get $j) (i32.const 2)) (local.get $n))
          (then (local.set $len (call $finish (i32.add (local.get $e) (i32.const 2)) (local.get $c2) (local.get $lp) (local.get $pp) (local.get $pps)))
            (if (i32.gt_u (local.get $len) (local.get $maxlen)) (then (local.set $maxlen (local.get $len))))))
        (if (i32.lt_u (i32.add (local.get $j) (i32.const 3)) (local.get $n))
          (then (local.set $len (call $finish (i32.add (local.get $e) (i32.const 3)) (local.get $c3) (local.get $lp) (local.get $pp) (local.get $pps)))
            (if (i32.gt_u (local.get $len) (local.get $maxlen)) (then (local.set $maxlen (local.get $len))))))
        (local.set $h (i32.add (local.get $h) (i32.const 2)))
        (br_if $lh (i32.lt_u (local.get $h) (local.get $np))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $li (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $maxlen))

  ;; lincomb: S = sum over i < r of c_i * X_i for r blocks X_i of n2 entries with L signed 28-bit
  ;; limbs each (A's layout, block i at $src + 4*i*n2*L), integer coefficients c_i (i64 at $coef,
  ;; |c_i| < 2^31 and r <= 15, checked by JS: each column sum is < 15*2^59 < 2^63), exactly, as
  ;; magnitudes of lp = L + 2 limbs at $pp (|S| < 15*2^31*2^(28L) < 2^(28(L+2)-1)) and signs at
  ;; $pps; returns the largest bit length.
  (func (export "lincomb") (param $n2 i32) (param $L i32) (param $src i32) (param $r i32) (param $coef i32)
    (param $pp i32) (param $pps i32) (result i32)
    (local $e i32) (local $v i32) (local $i i32) (local $x i64) (local $carry i64) (local $lp i32)
    (local $out i32) (local $blk i32) (local $len i32) (local $maxlen i32)
    (local.set $lp (i32.add (local.get $L) (i32.const 2)))
    (local.set $blk (i32.shl (i32.mul (local.get $n2) (local.get $L)) (i32.const 2)))
    (local.set $e (i32.const 0))
    (loop $le
      (local.set $out (i32.add (local.get $pp) (i32.shl (i32.mul (local.get $e) (local.get $lp)) (i32.const 2))))
      (local.set $carry (i64.const 0))
      (local.set $v (i32.const 0))
      (loop $lv
        (local.set $x (local.get $carry))
        (if (i32.lt_u (local.get $v) (local.get $L))
          (then
            (local.set $i (i32.const 0))
            (loop $li
              (local.set $x (i64.add (local.get $x) (i64.mul
                (i64.load (i32.add (local.get $coef) (i32.shl (local.get $i) (i32.const 3))))
                (i64.load32_s (i32.add (i32.add (local.get $src) (i32.mul (local.get $i) (local.get $blk)))
                  (i32.shl (i32.add (i32.mul (local.get $e) (local.get $L)) (local.get $v)) (i32.const 2)))))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $li (i32.lt_u (local.get $i) (local.get $r))))))
        (i32.store (i32.add (local.get $out) (i32.shl (local.get $v) (i32.const 2)))
          (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0x0fffffff)))
        (local.set $carry (i64.shr_s (local.get $x) (i64.const 28)))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br_if $lv (i32.lt_u (local.get $v) (local.get $lp))))
      (local.set $len (call $finish (local.get $e) (local.get $carry) (local.get $lp) (local.get $pp) (local.get $pps)))
      (if (i32.gt_u (local.get $len) (local.get $maxlen)) (then (local.set $maxlen (local.get $len))))
      (local.set $e (i32.add (local.get $e) (i32.const 1)))
      (br_if $le (i32.lt_u (local.get $e) (local.get $n2))))
    (local.get $maxlen))

  ;; round: each of the n2 products (lp 28-bit limbs at $pp, signs at $pps) as
  ;; floor((x + 2^(S-1)) / 2^S) for S >= 1 (x itself for S = 0), as Wo u64 words at $po; a sign
  ;; is set to 0 where the magnitude rounds to 0; returns the largest bit length of a rounded magnitude. For x = -a: floor((-a + h)/2^S) = -floor((a + h - 1)/2^S),
  ;; so the magnitude gets h - 1 added instead of h. Modifies the limbs at $pp.
  (func (export "round") (param $n2 i32) (param $lp i32) (param $pp i32) (param $pps i32) (param $S i32)
    (param $Wo i32) (param $po i32) (result i32)
    (local $maxlen i32) (local $len i32) (local $e i32) (local $in i32) (local $out i32) (local $sg i32) (local $t i32) (local $x i64)
    (local $w i32) (local $lo i32) (local $sh i32) (local $word i64) (local $addr i32) (local $nz i64)
    (local $limb i32) (local $l0 i32) (local $l1 i32)
    (local.set $e (i32.const 0))
    (loop $le
      (local.set $in (i32.add (local.get $pp) (i32.shl (i32.mul (local.get $e) (local.get $lp)) (i32.const 2))))
      (local.set $out (i32.add (local.get $po) (i32.shl (i32.mul (local.get $e) (local.get $Wo)) (i32.const 3))))
      (local.set $sg (i32.load (i32.add (local.get $pps) (i32.shl (local.get $e) (i32.const 2)))))
      (if (i32.and (i32.ne (local.get $sg) (i32.const 0)) (i32.gt_s (local.get $S) (i32.const 0)))
        (then
          ;; + 2^(S-1): carry up from limb (S-1)/28
          (local.set $t (i32.div_u (i32.sub (local.get $S) (i32.const 1)) (i32.const 28)))
          (local.set $x (i64.shl (i64.const 1) (i64.extend_i32_u (i32.rem_u (i32.sub (local.get $S) (i32.const 1)) (i32.const 28)))))
          (block $done
            (loop $lc
              (br_if $done (i64.eqz (local.get $x)))
              (br_if $done (i32.ge_u (local.get $t) (local.get $lp)))
              (local.set $addr (i32.add (local.get $in) (i32.shl (local.get $t) (i32.const 2))))
              (local.set $x (i64.add (local.get $x) (i64.load32_u (local.get $addr))))
              (i32.store (local.get $addr) (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0x0fffffff)))
              (local.set $x (i64.shr_u (local.get $x) (i64.const 28)))
              (local.set $t (i32.add (local.get $t) (i32.const 1)))
              (br $lc)))
          ;; - 1 for a negative entry (magnitude >= 1 plus h >= 1: no borrow out)
          (if (i32.lt_s (local.get $sg) (i32.const 0))
            (then
              (local.set $t (i32.const 0))
              (block $bdone
                (loop $lb
                  (local.set $addr (i32.add (local.get $in) (i32.shl (local.get $t) (i32.const 2))))
                  (local.set $limb (i32.load (local.get $addr)))
                  (i32.store (local.get $addr) (i32.and (i32.sub (local.get $limb) (i32.const 1)) (i32.const 0x0fffffff)))
                  (br_if $bdone (i32.ne (local.get $limb) (i32.const 0)))
                  (local.set $t (i32.add (local.get $t) (i32.const 1)))
                  (br $lb)))))))
      ;; word w = bits [S + 64w, S + 64w + 64): limbs l with 28l < S + 64w + 64 and 28l + 28 > S + 64w
      (local.set $nz (i64.const 0))
      (local.set $w (i32.const 0))
      (loop $lw
        (local.set $lo (i32.add (local.get $S) (i32.shl (local.get $w) (i32.const 6))))
        (local.set $word (i64.const 0))
        (local.set $l0 (i32.div_u (local.get $lo) (i32.const 28)))
        (local.set $l1 (i32.div_u (i32.add (local.get $lo) (i32.const 63)) (i32.const 28)))
        (if (i32.ge_u (local.get $l1) (local.get $lp)) (then (local.set $l1 (i32.sub (local.get $lp) (i32.const 1)))))
        (local.set $t (local.get $l0))
        (block $wdone
          (loop $lt
            (br_if $wdone (i32.gt_s (local.get $t) (local.get $l1)))
            (local.set $x (i64.load32_u (i32.add (local.get $in) (i32.shl (local.get $t) (i32.const 2)))))
            (local.set $sh (i32.sub (i32.mul (local.get $t) (i32.const 28)) (local.get $lo)))
            (local.set $word (i64.or (local.get $word)
              (if (result i64) (i32.ge_s (local.get $sh) (i32.const 0))
                (then (i64.shl (local.get $x) (i64.extend_i32_u (local.get $sh))))
                (else (i64.shr_u (local.get $x) (i64.extend_i32_u (i32.sub (i32.const 0) (local.get $sh))))))))
            (local.set $t (i32.add (local.get $t) (i32.const 1)))
            (br $lt)))
        (i64.store (i32.add (local.get $out) (i32.shl (local.get $w) (i32.const 3))) (local.get $word))
        (local.set $nz (i64.or (local.get $nz) (local.get $word)))
        (local.set $w (i32.add (local.get $w) (i32.const 1)))
        (br_if $lw (i32.lt_u (local.get $w) (local.get $Wo))))
      (if (i64.eqz (local.get $nz))
        (then (i32.store (i32.add (local.get $pps) (i32.shl (local.get $e) (i32.const 2))) (i32.const 0))))
      ;; bit length of the rounded magnitude: from its top nonzero word
      (local.set $w (local.get $Wo))
      (block $found
        (loop $lf
          (br_if $found (i32.eqz (local.get $w)))
          (local.set $w (i32.sub (local.get $w) (i32.const 1)))
          (local.set $word (i64.load (i32.add (local.get $out) (i32.shl (local.get $w) (i32.const 3)))))
          (if (i64.ne (local.get $word) (i64.const 0))
            (then
              (local.set $len (i32.sub (i32.shl (i32.add (local.get $w) (i32.const 1)) (i32.const 6))
                (i32.wrap_i64 (i64.clz (local.get $word)))))
              (if (i32.gt_u (local.get $len) (local.get $maxlen)) (then (local.set $maxlen (local.get $len))))
              (br $found)))
          (br $lf)))
      (local.set $e (i32.add (local.get $e) (i32.const 1)))
      (br_if $le (i32.lt_u (local.get $e) (local.get $n2))))
    (local.get $maxlen))
)
