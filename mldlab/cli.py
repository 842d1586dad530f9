"""The ``mldlab`` command.

    mldlab demo [--lang ko] [--epochs 30] [--seed 0]
    mldlab train --data moons --hidden 8,8 --activation tanh --optimizer adam --lr 0.01 --epochs 200 --save model.npz
    mldlab evaluate model.npz --data moons --seed 1
    mldlab predict model.npz --input 0.5,-0.2
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
        "demo", help="the slide's perceptron with its numbers, a network learning two moons, the Keras-style workflow"
    )
    demo.add_argument("--epochs", type=_positive_int, default=30, help="training epochs (default 30)")
    demo.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    demo.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the output: en or ko")
    demo.set_defaults(run=_run_demo)
    from mldlab.train.command import add_arguments

    add_arguments(commands)
    return parser


def _run_demo(args) -> int:
    from mldlab import demo

    demo.run(epochs=args.epochs, seed=args.seed)
    return 0


def _language_first(argv: list) -> None:
    """Set the language before parsing, so that help and argument errors are in it too."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        if value in LANGUAGES:
            set_language(value)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    _language_first(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None):
        set_language(args.lang)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return 0
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
