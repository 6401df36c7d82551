/**
 * Argument checks of the attention functions that take lists of matrices or head weights, shared
 * by matrix.ts, attention.ts and layer-norm.ts. Internal: the attention index does not re-export
 * this file.
 *
 * @internal
 * @module
 */
import { finiteMatrix, obj, show } from "../args/check.js";

/**
 * `blocks` must be a non-empty array of finite matrices with one row count (errors name
 * `blocks[k]`); returns that row count.
 */
export function blockList(fn: string, name: string, blocks: unknown): number {
  if (!Array.isArray(blocks)) throw new TypeError(`${fn}: ${name} must be an array of matrices, got ${show(blocks)}`);
  if (blocks.length === 0) throw new RangeError(`${fn}: ${name} must hold at least one matrix`);
  const [n] = finiteMatrix(fn, `${name}[0]`, blocks[0]);
  for (let k = 1; k < blocks.length; k++) {
    const [nk] = finiteMatrix(fn, `${name}[${k}]`, blocks[k]);
    if (nk !== n) throw new RangeError(`${fn}: ${name}[${k}] has ${nk} rows, ${name}[0] ${n}`);
  }
  return n;
}

/**
 * `head` must be {wq, wk, wv}, three finite matrices with `d` rows (the columns of X), wq and wk
 * of one width; errors name `head.wq` etc.
 */
export function headArg(fn: string, name: string, head: unknown, d: number): void {
  obj(fn, name, head);
  const h = head as { wq: unknown; wk: unknown; wv: unknown };
  const [rq, cq] = finiteMatrix(fn, `${name}.wq`, h.wq);
  const [rk, ck] = finiteMatrix(fn, `${name}.wk`, h.wk);
  const [rv] = finiteMatrix(fn, `${name}.wv`, h.wv);
  for (const [w, r] of [
    ["wq", rq],
    ["wk", rk],
    ["wv", rv],
  ] as const)
    if (r !== d) throw new RangeError(`${fn}: ${name}.${w} must have ${d} rows (the columns of x), got ${r}`);
  if (cq !== ck) throw new RangeError(`${fn}: ${name}.wq has ${cq} columns and ${name}.wk ${ck}: they must agree`);
}

/** `heads` must be a non-empty array of heads (see {@link headArg}); errors name `heads[h].wq` etc. */
export function headList(fn: string, name: string, heads: unknown, d: number): void {
  if (!Array.isArray(heads)) throw new TypeError(`${fn}: ${name} must be an array of heads, got ${show(heads)}`);
  if (heads.length === 0) throw new RangeError(`${fn}: ${name} must hold at least one head`);
  for (let h = 0; h < heads.length; h++) headArg(fn, `${name}[${h}]`, heads[h], d);
}

/**
 * The domain of eq 2.12's layer: X a finite N×D matrix; `heads` = {wq, wk, wv} with wq and wk
 * non-empty arrays of one length H of finite D-row matrices (wq[k], wk[k] of one width), wv finite
 * D×D' with H | D'. Errors name `heads.wq[k]` etc. Returns [H, D'].
 */
export function thesisHeadsArg(fn: string, x: unknown, heads: unknown): [number, number] {
  const [, d] = finiteMatrix(fn, "x", x);
  obj(fn, "heads", heads);
  const { wq, wk, wv } = heads as { wq: unknown; wk: unknown; wv: unknown };
  for (const [name, ws] of [
    ["wq", wq],
    ["wk", wk],
  ] as const) {
    if (!Array.isArray(ws)) throw new TypeError(`${fn}: heads.${name} must be an array of matrices, got ${show(ws)}`);
    if (ws.length === 0) throw new RangeError(`${fn}: heads.${name} must hold at least one matrix`);
  }
  const h = (wq as unknown[]).length;
  if ((wk as unknown[]).length !== h)
    throw new RangeError(`${fn}: heads.wk must have ${h} matrices like heads.wq, got ${(wk as unknown[]).length}`);
  for (let k = 0; k < h; k++) {
    const [rq, cq] = finiteMatrix(fn, `heads.wq[${k}]`, (wq as unknown[])[k]);
    if (rq !== d) throw new RangeError(`${fn}: heads.wq[${k}] must have ${d} rows (the columns of x), got ${rq}`);
    const [, ck] = finiteMatrix(fn, `heads.wk[${k}]`, (wk as unknown[])[k], { rows: rq });
    if (ck !== cq) throw new RangeError(`${fn}: heads.wk[${k}] has ${ck} columns and heads.wq[${k}] ${cq}`);
  }
  const [rv, dModel] = finiteMatrix(fn, "heads.wv", wv);
  if (rv !== d) throw new RangeError(`${fn}: heads.wv must have ${d} rows (the columns of x), got ${rv}`);
  if (dModel % h !== 0) throw new RangeError(`${fn}: heads.wv's ${dModel} columns must split into H = ${h} heads`);
  return [h, dModel];
}
