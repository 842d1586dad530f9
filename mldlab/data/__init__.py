"""Data for lessons: generated and real data sets, CSV files, mini-batches, scaling and splitting.

==================  =====================================================================================
generated, classes  ``pass_exam`` (the slides' "Will I pass this class?"), ``xor``, ``moons``, ``circles``,
                    ``spirals``, ``gaussians``
generated, numbers  ``linear``, ``polynomial``, ``sine``
real (offline)      ``load_iris``, ``load_wine``, ``load_breast_cancer``, ``load_digits``, ``load_diabetes``
images (N, C, H, W) ``load_digit_images`` (8×8 digits), ``shapes28`` (generated 28×28 shapes, 10 classes,
                    ``SHAPES28_CLASS_NAMES``, ``shapes28_class_names``)
sequences (N, T, F) ``sine_sequences`` (the next value of a wave), ``adding_problem`` (a long memory)
text                ``load_text`` (a short English and Korean text), ``CharTokenizer``, ``char_sequences``
your own            ``load_csv``
batches             ``Dataset``, ``TensorDataset``, ``DataLoader``, ``default_collate``, ``Subset``,
                    ``random_split``, the samplers (``RandomSampler``, ``BatchSampler``, ...)
preparing           ``train_test_split``, ``StandardScaler``, ``MinMaxScaler``
==================  =====================================================================================

Examples
--------
>>> from mldlab.data import DataLoader, StandardScaler, TensorDataset, pass_exam, train_test_split
>>> X, y = pass_exam(n_samples=100, seed=0)
>>> X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, seed=0)
>>> scaler = StandardScaler().fit(X_train)
>>> loader = DataLoader(TensorDataset(scaler.transform(X_train), y_train), batch_size=16, shuffle=True)
>>> len(loader)
5
"""

from mldlab.data.char_tokenizer import CharTokenizer, char_sequences
from mldlab.data.csv_loader import load_csv
from mldlab.data.dataset import Dataset, TensorDataset
from mldlab.data.generators import circles, gaussians, moons, spirals, xor
from mldlab.data.images import SHAPES28_CLASS_NAMES, load_digit_images, shapes28, shapes28_class_names
from mldlab.data.loader import DataLoader, default_collate
from mldlab.data.pass_exam import PASS_EXAM_CLASS_NAMES, PASS_EXAM_FEATURE_NAMES, pass_exam
from mldlab.data.real import load_breast_cancer, load_diabetes, load_digits, load_iris, load_wine
from mldlab.data.regression import linear, polynomial, sine
from mldlab.data.sampler import BatchSampler, RandomSampler, Sampler, SequentialSampler, SubsetRandomSampler
from mldlab.data.scalers import MinMaxScaler, StandardScaler
from mldlab.data.sequences import adding_problem, sine_sequences
from mldlab.data.split import train_test_split
from mldlab.data.subset import Subset, random_split
from mldlab.data.text import load_text
from mldlab.exceptions import NotFittedError

__all__ = [
    "pass_exam",
    "PASS_EXAM_FEATURE_NAMES",
    "PASS_EXAM_CLASS_NAMES",
    "xor",
    "moons",
    "circles",
    "spirals",
    "gaussians",
    "linear",
    "polynomial",
    "sine",
    "load_iris",
    "load_wine",
    "load_breast_cancer",
    "load_digits",
    "load_diabetes",
    "load_digit_images",
    "shapes28",
    "SHAPES28_CLASS_NAMES",
    "shapes28_class_names",
    "sine_sequences",
    "adding_problem",
    "load_text",
    "CharTokenizer",
    "char_sequences",
    "load_csv",
    "Dataset",
    "TensorDataset",
    "DataLoader",
    "default_collate",
    "Subset",
    "random_split",
    "Sampler",
    "SequentialSampler",
    "RandomSampler",
    "SubsetRandomSampler",
    "BatchSampler",
    "train_test_split",
    "StandardScaler",
    "MinMaxScaler",
    "NotFittedError",
]
