"""Messages of the Keras front end's convolution, pooling, normalisation, embedding, recurrent layers (keras_cnn_rnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {}
