"""Turn Chinese government notices into structured plans: `from extractor import parse`."""
from .errors import NoticeError
from .models import Plan
from .pipeline import parse

__all__ = ["parse", "Plan", "NoticeError"]
__version__ = "0.1.0"
