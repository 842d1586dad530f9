// A 3-D cloud drawn on a canvas, turned by dragging (no WebGL): each point x is rotated about the cloud's centre,
// p = R(φ)·R(θ)·(x − c), and drawn at (p₁, p₂), far points first and paler. Lines (principal axes, the drop of each
// point onto its projection) are drawn the same way.
//
//   const view = new View3D(canvas, { onTurn: redraw });
//   view.draw({ points, colours, lines: [{ from, to, colour, width, arrow }], labels: [{ at, text, colour }] });

export class View3D {
  constructor(canvas, { onTurn = null } = {}) {
    this.canvas = canvas;
    this.theta = 0.35; // turn about the vertical axis x₃
    this.phi = 0.6; // tilt towards the viewer
    this.scene = null;
    let from = null;
    canvas.addEventListener("pointerdown", (event) => {
      from = [event.clientX, event.clientY, this.theta, this.phi];
      canvas.setPointerCapture(event.pointerId);
    });
    canvas.addEventListener("pointermove", (event) => {
      if (!from) return;
      this.theta = from[2] + (event.clientX - from[0]) / 150;
      this.phi = Math.max(-1.5, Math.min(1.5, from[3] + (event.clientY - from[1]) / 150));
      if (this.scene) this.draw(this.scene);
      if (onTurn) onTurn();
    });
    const stop = () => {
      from = null;
    };
    canvas.addEventListener("pointerup", stop);
    canvas.addEventListener("pointercancel", stop);
  }

  /** Screen position and depth of a 3-D point: x₃ up, turned by θ about x₃, then tilted by φ towards the viewer. */
  project(x) {
    const [a, b, c] = [0, 1, 2].map((j) => x[j] - this.centre[j]);
    const [ct, st, cp, sp] = [Math.cos(this.theta), Math.sin(this.theta), Math.cos(this.phi), Math.sin(this.phi)];
    const u = ct * a - st * b; // to the right
    const w = st * a + ct * b; // away from the viewer before the tilt
    const v = cp * c + sp * w; // up
    const depth = sp * c - cp * w; // towards the viewer
    const { width, height } = this.canvas;
    return [width / 2 + this.scale * u, height / 2 - this.scale * v, depth];
  }

  /** Draw `scene`: points with colours, lines {from, to, colour, width, arrow}, text labels {at, text, colour}. */
  draw(scene) {
    this.scene = scene;
    const { points, colours, lines = [], labels = [], centre, radius } = scene;
    this.centre = centre;
    const ctx = this.canvas.getContext("2d");
    const { width, height } = this.canvas;
    this.scale = (0.44 * Math.min(width, height)) / radius;
    ctx.clearRect(0, 0, width, height);
    const order = points.map((x, i) => [this.project(x), i]).sort((p, q) => p[0][2] - q[0][2]);
    const near = Math.max(...order.map(([p]) => Math.abs(p[2])), 1e-9);
    for (const line of lines.filter((l) => l.behind)) this.line(ctx, line);
    for (const [[X, Y, depth], i] of order) {
      ctx.globalAlpha = 0.55 + 0.45 * (0.5 + depth / (2 * near));
      ctx.beginPath();
      ctx.arc(X, Y, 5 + depth / near, 0, 2 * Math.PI);
      ctx.fillStyle = colours[i];
      ctx.fill();
      ctx.strokeStyle = "#ffffff";
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    for (const line of lines.filter((l) => !l.behind)) this.line(ctx, line);
    ctx.font = "bold 20px 'Lab Sans', 'Nanum Gothic', sans-serif";
    ctx.lineWidth = 4;
    for (const { at, text, colour } of labels) {
      const [X, Y] = this.project(at);
      ctx.strokeStyle = "#ffffff";
      ctx.strokeText(text, X + 6, Y - 6);
      ctx.fillStyle = colour;
      ctx.fillText(text, X + 6, Y - 6);
    }
  }

  line(ctx, { from, to, colour, width = 2, arrow = false, dash = null }) {
    const [x0, y0] = this.project(from);
    const [x1, y1] = this.project(to);
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(dash || []);
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
    ctx.setLineDash([]);
    if (arrow) {
      const angle = Math.atan2(y1 - y0, x1 - x0);
      const size = 8 + 2 * width;
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 - size * Math.cos(angle - 0.4), y1 - size * Math.sin(angle - 0.4));
      ctx.lineTo(x1 - size * Math.cos(angle + 0.4), y1 - size * Math.sin(angle + 0.4));
      ctx.closePath();
      ctx.fill();
    }
  }
}
