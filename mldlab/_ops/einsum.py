"""Einstein summation ``einsum`` and its everyday case ``outer``.

    einsum("ij,jk->ik", A, B):  out[i][k] = Σⱼ A[i][j] · B[j][k]   (a letter missing after -> is summed over)
    ∂J/∂A = einsum("ik,jk->ij", ∂J/∂out, B):  the gradient of one operand is the einsum of the output's gradient
    with the other operands, written back to that operand's letters (letters only it has come back by copying).
    outer(u, v) = einsum("i,j->ij", u, v):  out[i][j] = uᵢ · vⱼ

Examples
--------
>>> import mldlab
>>> A, B = mldlab.ones(2, 3), mldlab.arange(6.0).reshape(3, 2)
>>> mldlab.einsum("ij,jk->ik", A, B)
tensor([[6., 9.],
        [6., 9.]])
>>> mldlab.outer(mldlab.tensor([1.0, 2.0]), mldlab.tensor([1.0, 10.0]))
tensor([[ 1., 10.],
        [ 2., 20.]])
"""

import numpy as np

from mldlab._ops._util import unbroadcast
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _explicit(equation: str, shapes: list) -> tuple:
    """The letters of each operand and of the output, with ``...`` kept and an implicit output made explicit."""
    equation = equation.replace(" ", "")
    left, arrow, right = equation.partition("->")
    inputs = left.split(",")
    if len(inputs) != len(shapes):
        raise RuntimeError(message("einsum_equation", equation=equation, n=len(shapes), shapes=shapes))
    if not arrow:  # implicit: the letters that appear once, in alphabetical order, after any ...
        letters = left.replace(",", "").replace(".", "")
        right = ("..." if "..." in left else "") + "".join(sorted(c for c in set(letters) if letters.count(c) == 1))
    return inputs, right


def _copy_back(picked: np.ndarray, letters: str, known: set, shape: tuple) -> np.ndarray:
    """Copy ``picked`` along the letters only this operand had (∂(Σⱼ xⱼ)/∂xⱼ = 1), e.g. the j of 'ij->i'."""
    spelled = letters.replace("...", "." * (len(shape) - len(letters.replace("...", ""))))
    missing = tuple(i for i, c in enumerate(spelled) if c != "." and c not in known)
    extra = picked.ndim - (len(spelled) - len(missing))  # leading dims that ... broadcast to in the output
    if extra > 0:
        picked = picked.sum(axis=tuple(range(extra)))
    picked = np.expand_dims(picked, missing)
    target = tuple(shape[i] if i in missing else n for i, n in enumerate(picked.shape))
    return np.broadcast_to(picked, target)


def einsum(equation: str, *operands) -> Tensor:
    """Multiply and sum the operands as the letters of ``equation`` say (NumPy's ``einsum``, with gradients)."""
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    arrays = [x._data for x in operands]
    shapes = [tuple(a.shape) for a in arrays]
    inputs, output = _explicit(equation, shapes)
    full = ",".join(inputs) + "->" + output
    try:
        out = np.einsum(full, *arrays, optimize=len(arrays) > 2)
    except ValueError:
        raise RuntimeError(message("einsum_equation", equation=equation, n=len(arrays), shapes=shapes)) from None

    def backward(g):
        grads = []
        for k, letters in enumerate(inputs):
            if not operands[k].requires_grad:
                grads.append(None)
                continue
            plain = letters.replace("...", "")
            if len(set(plain)) != len(plain):
                raise RuntimeError(message("einsum_repeated_grad", subscripts=letters))
            others = [s for j, s in enumerate(inputs) if j != k]
            known = set(output + "".join(others))
            kept = "".join(c for c in letters if c in known or c == ".")  # letters summed away in k alone
            terms = others + [output]
            summed = "..." in "".join(terms) and "..." not in kept  # the others' ... dims are summed over
            picked = np.einsum(",".join(terms) + "->" + "..." * summed + kept,
                               *[a for j, a in enumerate(arrays) if j != k], g)
            if summed:
                picked = picked.sum(axis=tuple(range(picked.ndim - len(kept))))
            if kept != letters:
                picked = _copy_back(picked, letters, known, shapes[k])
            grads.append(unbroadcast(picked, shapes[k]))
        return tuple(grads)

    return Tensor._from_op(np.asarray(out), "einsum", tuple(operands), backward)


def outer(input: Tensor, vec2: Tensor) -> Tensor:
    """out[i][j] = uᵢ · vⱼ for two 1-D tensors."""
    return einsum("i,j->ij", input, vec2)
