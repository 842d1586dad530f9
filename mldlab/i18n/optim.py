"""Messages of ``mldlab.optim`` (optimizers and learning-rate schedulers), in English and Korean."""

MESSAGES = {}
