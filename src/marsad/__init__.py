"""marsad (مرصد): Arabic news intelligence — from many outlets' articles to cited, traceable stories."""

__version__ = "0.1.0"
