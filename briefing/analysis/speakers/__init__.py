"""Speakers: name grammar, given names and the resolver that turns phrases into people."""
