"""Messages of the convolution layers, F.pad and F.interpolate (nn_conv).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {}
