"""Messages of the CNN and RNN figures (viz_cnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {}
