"""Reports of different events stay apart; two outlets' reports of one event come together."""

from __future__ import annotations

import pytest

from marsad.cluster import cluster_stories
from marsad.model import Article

# Short articles written for these tests in the style of Arabic wire copy.
MATCH_A = Article(
    id="match-a",
    published="2024-03-02",
    title="الهلال يفوز على النصر 2-1 في ديربي الرياض ويبتعد بصدارة الدوري",
    text=(
        "حقق فريق الهلال فوزا ثمينا على ضيفه النصر بهدفين مقابل هدف في المباراة التي جمعتهما مساء الجمعة "
        "على ملعب المملكة أرينا ضمن الجولة الثالثة والعشرين من دوري روشن السعودي للمحترفين.\n\n"
        "وسجل ألكسندر ميتروفيتش هدفي الهلال في الدقيقتين 34 و71، فيما أحرز كريستيانو رونالدو هدف النصر "
        "الوحيد من ركلة جزاء في الدقيقة 58. وبهذا الفوز رفع الهلال رصيده إلى 63 نقطة في صدارة الترتيب."
    ),
)
MATCH_B = Article(
    id="match-b",
    published="2024-03-02",
    title="ميتروفيتش يقود الهلال لتجاوز النصر في الديربي",
    text=(
        "قاد المهاجم الصربي ألكسندر ميتروفيتش فريقه الهلال إلى الفوز على النصر 2-1 في ديربي العاصمة "
        "الرياض، بتسجيله هدفين في مباراة الجولة 23 من الدوري السعودي للمحترفين.\n\n"
        "وقلص رونالدو الفارق للنصر من ركلة جزاء، لكن الهلال حافظ على تقدمه حتى صافرة النهاية ليعزز "
        "صدارته للدوري بفارق تسع نقاط عن النصر صاحب المركز الثاني."
    ),
)
OIL = Article(
    id="oil",
    published="2024-03-02",
    title="أسعار النفط ترتفع مع تراجع المخزونات الأمريكية",
    text=(
        "ارتفعت أسعار النفط في تعاملات الجمعة، إذ صعدت العقود الآجلة لخام برنت 1.2 بالمئة إلى 83.55 دولار "
        "للبرميل، فيما زاد خام غرب تكساس الوسيط 1.4 بالمئة إلى 79.97 دولار.\n\n"
        "وجاء الارتفاع بعد بيانات إدارة معلومات الطاقة الأمريكية التي أظهرت انخفاض مخزونات الخام بمقدار "
        "2.4 مليون برميل الأسبوع الماضي، في وقت يترقب فيه المتعاملون قرار تحالف أوبك+ بشأن تمديد تخفيضات الإنتاج."
    ),
)
QUAKE = Article(
    id="quake",
    published="2024-03-02",
    title="زلزال بقوة 5.6 درجات يضرب جنوب شرق تركيا دون إصابات",
    text=(
        "ضرب زلزال بقوة 5.6 درجات على مقياس ريختر ولاية ملاطية في جنوب شرق تركيا فجر الجمعة، وفق إدارة "
        "الكوارث والطوارئ التركية (آفاد).\n\n"
        "وقالت آفاد إن مركز الزلزال كان على عمق سبعة كيلومترات، ولم ترد تقارير عن إصابات أو أضرار "
        "كبيرة، فيما خرج السكان إلى الشوارع خوفا من هزات ارتدادية."
    ),
)


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        ([MATCH_A, OIL, QUAKE], [{"match-a"}, {"oil"}, {"quake"}]),
        ([OIL, QUAKE], [{"oil"}, {"quake"}]),
        ([MATCH_A, OIL, MATCH_B, QUAKE], [{"match-a", "match-b"}, {"oil"}, {"quake"}]),
    ],
    ids=["three-events", "two-events", "one-event-two-outlets"],
)
def test_events_are_told_apart(articles: list[Article], expected: list[set[str]]) -> None:
    stories = cluster_stories(articles)
    assert sorted(map(set, stories), key=sorted) == sorted(expected, key=sorted)
