"""Entity recognition internals: features, the shipped CRF tagger, name lists, training corpora.

The entry points are :func:`marsad.extract.entities.recognize_entities` and
:func:`marsad.extract.resolve.resolve_entities`; nothing here is needed to call them.
"""
