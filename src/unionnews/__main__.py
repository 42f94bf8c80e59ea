import gc
import sys

from unionnews.cli import main

status = main()
# The process ends here: the interpreter's collection at exit would walk every object the command made
# (millions after a build of a large archive) only to free memory the exit frees anyway.
gc.freeze()
sys.exit(status)
