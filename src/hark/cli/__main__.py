import sys

from hark.cli import main

sys.exit(main())
