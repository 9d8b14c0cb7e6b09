"""Text structure: word tokens, sentences, sections."""
