"""Messages of pooling, batch and layer normalisation, embeddings (nn_pool_norm).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {}
