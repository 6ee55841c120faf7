// Adaptive Gauss–Kronrod (7/15-point) quadrature of a smooth function on a finite interval.

const KRONROD_NODES = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691,
  0.7415311855993945, 0.5860872354676911, 0.4058451513773972,
  0.20778495500789848, 0,
];
const KRONROD_WEIGHTS = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019,
  0.14065325971552592, 0.1690047266392679, 0.19035057806478542,
  0.20443294007529889, 0.20948214108472782,
];
/** weights of the 7-point Gauss rule, whose nodes are the odd-indexed Kronrod nodes 1, 3, 5, 7 */
const GAUSS_WEIGHTS = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

/**
 * Nodes and weights of the 15-point Kronrod rule on each of `panels` equal panels of [a, b]:
 * a fixed composite rule, for integrands smooth enough not to need adaptation.
 */
export function compositeKronrod(a: number, b: number, panels: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes = new Float64Array(panels * 15);
  const weights = new Float64Array(panels * 15);
  const width = (b - a) / panels;
  let k = 0;
  for (let panel = 0; panel < panels; panel++) {
    const centre = a + (panel + 0.5) * width;
    for (let j = 0; j < 15; j++) {
      const index = j < 7 ? j : j === 7 ? 7 : 14 - j;
      const sign = j < 7 ? -1 : 1;
      nodes[k] = centre + sign * (width / 2) * KRONROD_NODES[index]!;
      weights[k++] = (width / 2) * KRONROD_WEIGHTS[index]!;
    }
  }
  return { nodes, weights };
}

function rule(f: (x: number) => number, a: number, b: number): { value: number; error: number } {
  const centre = (a + b) / 2;
  const half = (b - a) / 2;
  const middle = f(centre);
  let kronrod = middle * KRONROD_WEIGHTS[7]!;
  let gauss = middle * GAUSS_WEIGHTS[3]!;
  for (let k = 0; k < 7; k++) {
    const dx = half * KRONROD_NODES[k]!;
    const sum = f(centre - dx) + f(centre + dx);
    kronrod += KRONROD_WEIGHTS[k]! * sum;
    if (k % 2 === 1) gauss += GAUSS_WEIGHTS[(k - 1) / 2]! * sum;
  }
  return { value: kronrod * half, error: Math.abs((kronrod - gauss) * half) };
}

/**
 * ∫ₐᵇ f by bisecting the panel of largest error estimate until the summed estimate is below
 * max(absolute, relative·|integral|), or `maxPanels` panels.
 */
export function integrate(f: (x: number) => number, a: number, b: number, absolute = 1e-14, relative = 1e-12, maxPanels = 400): number {
  const panels = [{ a, b, ...rule(f, a, b) }];
  for (;;) {
    let total = 0;
    let error = 0;
    let worst = 0;
    panels.forEach((panel, i) => {
      total += panel.value;
      error += panel.error;
      if (panel.error > panels[worst]!.error) worst = i;
    });
    if (error <= Math.max(absolute, relative * Math.abs(total)) || panels.length >= maxPanels) return total;
    const { a: left, b: right } = panels[worst]!;
    const mid = (left + right) / 2;
    panels.splice(worst, 1, { a: left, b: mid, ...rule(f, left, mid) }, { a: mid, b: right, ...rule(f, mid, right) });
  }
}
