"""Messages of the figures of session 3: clustering and dimensionality reduction (viz_unsup):
KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {}
