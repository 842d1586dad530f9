"""The ``mldlab`` command.

    mldlab demo [--lang ko] [--epochs 30] [--seed 0]
"""

import argparse
import sys

from mldlab.i18n import LANGUAGES, message, set_language


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli_positive_int", value=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(message("cli_positive_int", value=value))
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mldlab",
        description="mldlab: machine learning and deep learning from first principles (한국어: --lang ko)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the output: en or ko")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", help="the slide's perceptron with its numbers, then a network learning two moons"
    )
    demo.add_argument("--epochs", type=_positive_int, default=30, help="training epochs (default 30)")
    demo.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    demo.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the output: en or ko")
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None):
        set_language(args.lang)
    if args.command == "demo":
        from mldlab import demo

        demo.run(epochs=args.epochs, seed=args.seed)
        return 0
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
