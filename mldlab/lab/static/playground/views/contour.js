// Lines of equal value on a grid, for the decision boundary: marching squares, and a light blur for class borders.
//
// The grid is n × n values, row-major, row 0 at the top; `box` is where it is drawn ({x, y, w, h} in CSS pixels,
// the grid's first and last samples on the box's edges).

/** `values` (n × n) blurred twice by the kernel [1 2 1]/4 along rows and columns (edges repeated). */
export function smooth(values, n) {
  let a = values;
  for (let pass = 0; pass < 4; pass++) {
    const b = new Float32Array(n * n);
    const along = pass % 2 === 0 ? 1 : n;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const k = i * n + j;
        const at = pass % 2 === 0 ? j : i;
        const before = at > 0 ? a[k - along] : a[k];
        const after = at < n - 1 ? a[k + along] : a[k];
        b[k] = (before + 2 * a[k] + after) / 4;
      }
    }
    a = b;
  }
  return a;
}

/** The line where `values` (n × n, row 0 at the top) cross `level`, by marching squares. */
export function contour(ctx, values, n, level, box) {
  const step = box.w / (n - 1);
  const at = (i, j) => values[i * n + j] - level;
  ctx.beginPath();
  for (let i = 0; i < n - 1; i++) {
    for (let j = 0; j < n - 1; j++) {
      const a = at(i, j);
      const b = at(i, j + 1);
      const c = at(i + 1, j + 1);
      const d = at(i + 1, j);
      const cut = [];
      const x = box.x + j * step;
      const y = box.y + i * step;
      if (a > 0 !== b > 0) cut.push([x + (a / (a - b)) * step, y]);
      if (b > 0 !== c > 0) cut.push([x + step, y + (b / (b - c)) * step]);
      if (c > 0 !== d > 0) cut.push([x + (d / (d - c)) * step, y + step]);
      if (d > 0 !== a > 0) cut.push([x, y + (a / (a - d)) * step]);
      if (cut.length === 2) {
        ctx.moveTo(...cut[0]);
        ctx.lineTo(...cut[1]);
      } else if (cut.length === 4) {
        const centre = (a + b + c + d) / 4 > 0 === a > 0;
        const order = centre ? [0, 1, 2, 3] : [0, 3, 2, 1];
        ctx.moveTo(...cut[order[0]]);
        ctx.lineTo(...cut[order[1]]);
        ctx.moveTo(...cut[order[2]]);
        ctx.lineTo(...cut[order[3]]);
      }
    }
  }
  ctx.stroke();
}
