"""Messages of the web lab (lab): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
}
