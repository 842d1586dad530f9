"""Messages of Gaussian mixtures and the clustering metrics (ml_mixture):
KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {}
