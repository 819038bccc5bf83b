import sys
from pathlib import Path

# The scans module sits next to the tests; --import-mode=importlib does not add it to sys.path.
sys.path.insert(0, str(Path(__file__).parent))
