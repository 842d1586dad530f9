"""Messages of the web lab (lab_experiments): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
}
