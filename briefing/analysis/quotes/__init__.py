"""Direct quotes: quotation marks, quote spans, transcript turns."""
