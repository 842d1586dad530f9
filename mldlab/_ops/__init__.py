"""The engine's operations, grouped by kind. Each one computes its output with NumPy and gives a
``backward`` closure that maps the output's gradient to its inputs' gradients (the chain rule's local step)."""
