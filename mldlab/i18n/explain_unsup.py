"""Messages of the explanations of session 3: k-means iteration, PCA (explain_unsup):
KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {}
