"""Messages of mldlab.io and mldlab.interop (saving, loading, hand-off to PyTorch and Keras), in English and Korean."""

MESSAGES = {}
