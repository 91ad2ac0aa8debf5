"""A figure followed by a time zone or a part of the day is a clock time, not a quantity to compare across outlets (SaudiNewsNet
2015-08-04: the wires' oil reports give the time of each reading, and four outlets were shown as
disagreeing on ``بتوقيت جرينتش``)."""

from marsad.extract.quantities import find_quantities
from marsad.extract.times import find_times
from marsad.model import Article


def test_a_reading_time_is_no_figure_and_the_prices_still_are() -> None:
    text = "وبحلول الساعة 0937 بتوقيت جرينتش ارتفع سعر خام برنت 50 سنتا إلى 49.97 دولار للبرميل."
    found = [(q.text, q.value) for q in find_quantities(Article(id="a", text=text))]
    assert ("49.97 دولار", 49.97) in found
    assert not any(value == 937 for _, value in found), found


def test_an_hour_its_part_of_the_day_follows_is_a_time_and_no_figure() -> None:
    """``من ٧ إلى ٨.٣٠ مساء``: the hours of an exhibition's talks (SaudiNewsNet 2015-07-24, al-Watan), shown in
    the story's figures as 7, 8.3 ``مساء`` and 9 ``مساء`` until stop 67. A count a day's evening follows
    (``قتل 5 مساء أمس``: five were killed yesterday evening) stays a figure."""
    text = ("ويصاحبه محاضرات لرائدات الأعمال (من ٧ إلى ٨.٣٠ مساء) وورش عمل (من ٥ إلى ٩ مساء)، "
            "ويفتح المعرض الساعة 4.30 عصرا. وقتل 5 مساء أمس في غارة على القرية.")
    article = Article(id="a", text=text, published="2015-07-24")
    times = {x.text: x.value for x in find_times(article)}
    assert times["٧ إلى ٨.٣٠ مساء"] == "XXXX-XX-XXT19:00"
    assert times["٥ إلى ٩ مساء"] == "XXXX-XX-XXT17:00"
    assert times["الساعة 4.30 عصرا"] == "XXXX-XX-XXT16:30"
    assert times["مساء أمس"] == "2015-07-23"
    found = [q.value for q in find_quantities(article)]
    assert found == [5], found
