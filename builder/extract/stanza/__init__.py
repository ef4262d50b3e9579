"""The stanza backend: attribution read off dependency parses (stanza's models, or CoNLL-U input).

Modules: models (model folders, cached pipelines, downloads), select (which sentences to parse),
parse (stanza Document -> ParsedSentence), config (data/depparse.toml), attribute (the tree rules),
backend (StanzaExtractor). Nothing here imports stanza until a parse is needed.
"""
