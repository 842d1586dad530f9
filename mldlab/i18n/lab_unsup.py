"""Messages of the web lab's session-3 pages (lab_unsup): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {}
