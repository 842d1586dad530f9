"""Messages of explain_ml, in English and Korean."""

MESSAGES = {}
