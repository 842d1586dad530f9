"""Messages of t-SNE and trustworthiness (ml_tsne): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {}
