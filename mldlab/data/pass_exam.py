"""The slides' example "Will I pass this class?" (시험 통과 할 수 있을까?) as a data set of students.

Each student is one row: x1 = lectures attended (참석한 수업의 수) and x2 = hours spent on the final
project (과제를 위해 투자한 시간); the label says whether the student passed (1) or failed (0).

Examples
--------
>>> from mldlab.data import pass_exam
>>> X, y = pass_exam(n_samples=5, seed=0)
>>> X.shape, X.dtype, y.dtype
((5, 2), dtype('float32'), dtype('int64'))
"""

import numpy as np

from mldlab.data._checks import check_noise, check_samples, rng_for
from mldlab.i18n import get_language

N_LECTURES = 15
MAX_HOURS = 10.0

PASS_EXAM_FEATURE_NAMES = {
    "en": ["lectures attended", "hours on final project"],
    "ko": ["참석한 수업의 수", "과제를 위해 투자한 시간"],
}
PASS_EXAM_CLASS_NAMES = {
    "en": ["fail", "pass"],
    "ko": ["불합격", "합격"],
}


def pass_exam(n_samples: int = 200, noise: float = 1.0, seed: int | None = None, return_names: bool = False):
    """Students of a 15-lecture course: lectures attended, hours on the final project, and pass or fail.

    Generating rule, for each student::

        (1) x1 = lectures attended, a whole number drawn uniformly from 0, 1, …, 15
        (2) x2 = hours spent on the final project, drawn uniformly from [0, 10]
        (3) z  = x1 + 1.2·x2 − 13          (a lecture is worth 1 point, an hour 1.2; 13 points to pass)
        (4) P(pass) = σ(z / noise),  σ(z) = 1 / (1 + e^(−z));  y = 1 (pass) with that probability, else 0
            with noise = 0 the rule is sharp: y = 1 exactly when z > 0

    A straight line (a perceptron, logistic regression) is the right model: with the default noise = 1
    the best possible accuracy is about 91 % (z / noise steeper: higher; flatter: lower), and about
    53 % of the students pass. The slides' student with 4 lectures and 5 hours has z = −3, so
    P(pass) = σ(−3) ≈ 0.05.

    Parameters
    ----------
    n_samples : int, default 200
        Number of students.
    noise : float, default 1.0
        How much luck decides: the temperature of the logistic rule (4). 0 gives labels without luck;
        0.5 gives about 96 % best accuracy, 1 about 91 %, 2 about 84 %, 3 about 78 %.
    seed : int, optional
        Seed; without one this thread's seed (``mldlab.manual_seed``) is used.
    return_names : bool, default False
        Also return the feature names and the class names, in the current language
        (``mldlab.set_language``). Both languages are in ``PASS_EXAM_FEATURE_NAMES`` and
        ``PASS_EXAM_CLASS_NAMES``.

    Returns
    -------
    X : ndarray of shape (n_samples, 2), float32
        Column 0: lectures attended (whole numbers 0–15); column 1: hours on the project (0–10).
    y : ndarray of shape (n_samples,), int64
        1 = pass, 0 = fail.
    feature_names, class_names : list of str
        Only with ``return_names=True``.

    Examples
    --------
    >>> X, y, features, classes = pass_exam(n_samples=3, noise=0.0, seed=0, return_names=True)
    >>> features, classes
    (['lectures attended', 'hours on final project'], ['fail', 'pass'])
    >>> x1, x2 = X[:, 0], X[:, 1]
    >>> bool((y == (x1 + 1.2 * x2 - 13 > 0)).all())
    True
    """
    n = check_samples("pass_exam", n_samples)
    noise = check_noise("pass_exam", noise)
    rng = rng_for("pass_exam", seed)
    x1 = rng.integers(0, N_LECTURES + 1, n).astype(np.float64)  # (1)
    x2 = rng.uniform(0.0, MAX_HOURS, n)  # (2)
    z = x1 + 1.2 * x2 - 13  # (3)
    if noise:
        p_pass = 1 / (1 + np.exp(-z / noise))  # (4)
        y = rng.random(n) < p_pass
    else:
        y = z > 0
    X = np.stack([x1, x2], axis=1).astype(np.float32)
    y = y.astype(np.int64)
    if return_names:
        language = get_language()
        return X, y, list(PASS_EXAM_FEATURE_NAMES[language]), list(PASS_EXAM_CLASS_NAMES[language])
    return X, y
