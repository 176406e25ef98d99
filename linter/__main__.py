"""Allow ``python -m narrlint``."""

import sys

from narrlint.frontends.cli import main

sys.exit(main())
