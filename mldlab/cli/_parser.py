"""An ``argparse.ArgumentParser`` that speaks the learner's language.

argparse writes its own texts in English ("usage:", "the following arguments are required", …). This parser
puts every option in groups with translated titles, adds ``-h``/``--help``, ``--lang`` and ``--debug`` with
translated help, and turns each of argparse's error texts into one of our messages: ``error`` raises
``UsageError`` instead of printing and exiting, so that ``main`` prints it as it prints every other error.
"""

import argparse
import re

from mldlab.cli._errors import UsageError
from mldlab.i18n import LANGUAGES, message

_ARGUMENT = re.compile(r"argument (?P<name>[^:]+): (?P<text>.*)", re.S)
_INVALID_CHOICE = re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<allowed>.*)\)", re.S)
_INVALID_VALUE = re.compile(r"invalid \S+ value: (?P<value>.*)", re.S)
_IGNORED = re.compile(r"ignored explicit argument (?P<value>.*)", re.S)
_UNRECOGNIZED = re.compile(r"unrecognized arguments: (?P<args>.*)", re.S)
_REQUIRED = re.compile(r"the following arguments are required: (?P<names>.*)", re.S)
_AMBIGUOUS = re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)", re.S)


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with "usage:" in the learner's language."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, message("cli_usage_prefix") if prefix is None else prefix)


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser with translated help and errors; ``options`` is the group for a command's options."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self.arguments = self.add_argument_group(message("cli_group_arguments"))
        self.options = self.add_argument_group(message("cli_group_options"))
        self.options.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                                  help=message("cli_help_help"))
        self.options.add_argument("--lang", type=one_of("--lang", LANGUAGES), default=argparse.SUPPRESS,
                                  metavar="{" + ",".join(LANGUAGES) + "}", help=message("cli_help_lang"))
        self.options.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                                  help=message("cli_help_debug"))

    def error(self, text: str):
        """Raise argparse's complaint as a ``UsageError`` in the learner's language (exit code 2)."""
        raise UsageError(_translate(text), prog=self.prog)


def one_of(name: str, allowed) -> callable:
    """An argument type that accepts one of ``allowed`` and otherwise lists them, in the learner's language."""
    allowed = [str(a) for a in allowed]

    def parse(text: str) -> str:
        if text not in allowed:
            raise argparse.ArgumentTypeError(message("cli_choice", name=name, value=text, allowed=", ".join(allowed)))
        return text

    return parse


def _translate(text: str) -> str:
    """argparse's English error text as our message (our own argument types' messages pass through)."""
    argument = _ARGUMENT.fullmatch(text)
    if argument:
        name, detail = argument["name"], argument["text"]
        if detail in ("expected one argument", "expected at least one argument"):
            return message("cli_usage_needs_value", name=name)
        if match := _INVALID_CHOICE.fullmatch(detail):
            return message("cli_choice", name=name, value=match["value"].strip("'"),
                           allowed=match["allowed"].replace("'", ""))
        if match := _INVALID_VALUE.fullmatch(detail):
            return message("cli_usage_invalid_value", name=name, value=match["value"])
        if match := _IGNORED.fullmatch(detail):
            return message("cli_usage_no_value", name=name, value=match["value"])
        return detail
    if match := _UNRECOGNIZED.fullmatch(text):
        return message("cli_usage_unrecognized", args=match["args"])
    if match := _REQUIRED.fullmatch(text):
        return message("cli_usage_required", names=match["names"])
    if match := _AMBIGUOUS.fullmatch(text):
        return message("cli_usage_ambiguous", option=match["option"], matches=match["matches"])
    return text
