"""Messages of agglomerative clustering (ml_agglomerative): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {}
