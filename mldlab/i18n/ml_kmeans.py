"""Messages of k-means and mini-batch k-means (ml_kmeans): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {}
