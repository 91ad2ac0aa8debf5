"""A figure followed by a time zone is a clock time, not a quantity to compare across outlets (SaudiNewsNet
2015-08-04: the wires' oil reports give the time of each reading, and four outlets were shown as
disagreeing on ``بتوقيت جرينتش``)."""

from marsad.extract.quantities import find_quantities
from marsad.model import Article


def test_a_reading_time_is_no_figure_and_the_prices_still_are() -> None:
    text = "وبحلول الساعة 0937 بتوقيت جرينتش ارتفع سعر خام برنت 50 سنتا إلى 49.97 دولار للبرميل."
    found = [(q.text, q.value) for q in find_quantities(Article(id="a", text=text))]
    assert ("49.97 دولار", 49.97) in found
    assert not any(value == 937 for _, value in found), found
