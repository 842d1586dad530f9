"""Messages of Model (compile, fit, evaluate, predict) and of the train command, in English and Korean."""

MESSAGES = {}
