"""Messages of the training callbacks, in English and Korean."""

MESSAGES = {}
