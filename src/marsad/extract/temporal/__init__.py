"""The temporal tagger's parts: Arabic tables (:mod:`.tables`), the patterns built from them
(:mod:`.patterns`) and the resolution of a match to a TIMEX3-like value (:mod:`.resolve`). The entry point
is :func:`marsad.extract.times.find_times`."""
