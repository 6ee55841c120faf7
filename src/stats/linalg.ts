/** Dense symmetric positive-definite matrices of order p, stored row-major in a Float64Array. */

export class SingularMatrixError extends Error {
  constructor(readonly column: number) {
    super(`matrix is singular (or not positive definite) at column ${column}`);
    this.name = 'SingularMatrixError';
  }
}

/** Lower-triangular L with A = L·Lᵀ; pivots below tolerance × the diagonal mean singularity. */
export function cholesky(matrix: Float64Array, p: number, tolerance = 1e-12): Float64Array {
  const lower = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let diagonal = matrix[j * p + j]!;
    for (let k = 0; k < j; k++) diagonal -= lower[j * p + k]! ** 2;
    if (!(diagonal > tolerance * Math.abs(matrix[j * p + j]!)) || !(diagonal > 0)) throw new SingularMatrixError(j);
    const root = Math.sqrt(diagonal);
    lower[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let sum = matrix[i * p + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * p + k]! * lower[j * p + k]!;
      lower[i * p + j] = sum / root;
    }
  }
  return lower;
}

/** x with L·Lᵀ·x = b. */
export function choleskySolve(lower: Float64Array, p: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < p; i++) {
    let sum = x[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i * p + k]! * x[k]!;
    x[i] = sum / lower[i * p + i]!;
  }
  for (let i = p - 1; i >= 0; i--) {
    let sum = x[i]!;
    for (let k = i + 1; k < p; k++) sum -= lower[k * p + i]! * x[k]!;
    x[i] = sum / lower[i * p + i]!;
  }
  return x;
}

export function choleskyInverse(lower: Float64Array, p: number): Float64Array {
  const inverse = new Float64Array(p * p);
  const unit = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    unit.fill(0);
    unit[j] = 1;
    const column = choleskySolve(lower, p, unit);
    for (let i = 0; i < p; i++) inverse[i * p + j] = column[i]!;
  }
  return inverse;
}

/** xᵀ·A⁻¹·x for a positive-definite A. */
export function quadraticFormInverse(matrix: Float64Array, p: number, x: Float64Array): number {
  const solution = choleskySolve(cholesky(matrix, p), p, x);
  let sum = 0;
  for (let i = 0; i < p; i++) sum += x[i]! * solution[i]!;
  return sum;
}
