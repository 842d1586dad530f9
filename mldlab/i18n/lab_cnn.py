"""Messages of the lab's CNN and char-RNN pages (lab_cnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {}
