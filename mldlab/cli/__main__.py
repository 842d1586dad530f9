"""``python -m mldlab.cli``: the ``mldlab`` command without its console script."""

import sys

from mldlab.cli import main

sys.exit(main())
