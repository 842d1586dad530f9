"""Messages of explain for convolutions, pooling, batch norm and LSTM steps (explain_cnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {}
