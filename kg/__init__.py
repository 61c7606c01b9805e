"""kg: knowledge graphs of armed actors from the news."""

__version__ = "0.1.0"
