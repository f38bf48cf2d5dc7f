"""``python -m cxlab …``: the same command line as the ``cxlab`` console script."""

from cxlab.cli import main

raise SystemExit(main())
