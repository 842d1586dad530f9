"""``mldlab lesson``: run a lesson headless and write the executed notebook and its figures, or the notebook alone.

    mldlab lesson 1 --lang ko --out lesson1/
    mldlab lesson 1 --notebook
"""

import os

from mldlab.cli._args import whole
from mldlab.i18n import get_language, message


def add_parser(commands) -> None:
    """The ``lesson`` command and its options."""
    parser = commands.add_parser("lesson", help=message("lesson_help"), description=message("lesson_help"))
    parser.arguments.add_argument("number", type=whole("NUMBER", 1, 99), metavar="NUMBER",
                                  help=message("lesson_help_number"))
    parser.options.add_argument("--out", default=".", metavar="DIR", help=message("lesson_help_out"))
    parser.options.add_argument("--notebook", action="store_true", help=message("lesson_help_notebook"))
    parser.set_defaults(run=run)


def run(args) -> int:
    """Run or write the lesson as the module docstring says; return the exit code."""
    from mldlab import lessons

    lang = get_language()
    if args.notebook:
        path = lessons.write_notebook(args.number, lang, args.out)
        print(message("lesson_notebook_written", number=args.number, lang=lang, path=path))
        return 0
    result = lessons.run(args.number, lang, args.out)
    print(message("lesson_written", number=args.number, lang=lang, notebook=result["notebook"],
                  count=len(result["figures"]), folder=os.path.abspath(args.out)))
    return 0
