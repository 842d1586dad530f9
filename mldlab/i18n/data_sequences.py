"""Messages of image, sequence and text data sets and the example models (data_sequences).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {}
