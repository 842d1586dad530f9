"""Data for lessons: generated data sets and splitting into training and test data."""

from mldlab.data.datasets import moons
from mldlab.data.split import train_test_split

__all__ = ["moons", "train_test_split"]
