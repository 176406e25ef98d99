"""Allow ``python -m narrlint``."""

import sys

from narrlint.cli import main

sys.exit(main())
