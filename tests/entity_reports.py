"""Reports for the tests of one entity across stories: short news texts as an outlet would publish them,
made clean articles by the pipeline's own reader."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import load_articles

# Three reports on three subjects over ten months naming the same prince. The first names him short, the
# second in full: two stories, two store entities. The third, on the second's subject, names him both ways.
JORDAN = (
    "وصل صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع إلى العاصمة الأردنية عمان في زيارة "
    "رسمية تستمر يومين.\n\n"
    "وكان في استقباله العاهل الأردني الملك عبدالله الثاني في قصر الحسينية، وجرى خلال اللقاء بحث العلاقات "
    "الثنائية بين البلدين وسبل تعزيزها في المجالات الاقتصادية والعسكرية.\n\n"
    "وأكد العاهل الأردني أن المملكة الأردنية الهاشمية تقف إلى جانب المملكة العربية السعودية في مواجهة "
    "التحديات التي تشهدها المنطقة."
)
EXHIBITION = (
    "افتتح الأمير محمد بن سلمان بن عبدالعزيز معرض القوات المسلحة لدعم توطين صناعة قطع الغيار في مركز الرياض "
    "الدولي للمؤتمرات والمعارض.\n\n"
    "ويشارك في المعرض أكثر من مئتي شركة وطنية ودولية تعرض قدراتها في تصنيع المعدات والذخائر والمركبات، "
    "وتتطلع وزارة الدفاع إلى رفع نسبة المحتوى المحلي في مشترياتها.\n\n"
    "ويستمر المعرض خمسة أيام ويفتح أبوابه للزوار من رجال الأعمال والمستثمرين."
)
COUNCIL = (
    "رأس الأمير محمد بن سلمان بن عبدالعزيز اجتماع مجلس الشؤون الاقتصادية والتنمية في جدة، واستعرض المجلس "
    "مبادرات برنامج التحول الوطني وأهدافه المرحلية حتى عام 2020.\n\n"
    "وناقش الأمير محمد بن سلمان مع أعضاء المجلس خطط الإسكان والنقل وخصخصة عدد من الخدمات الحكومية، ورفع "
    "كفاءة الإنفاق العام وتنويع مصادر الدخل غير النفطي.\n\n"
    "وأقر المجلس عددا من التوصيات التي سترفع إلى مجلس الوزراء."
)



def report(article_id: str, title: str, text: str, published: str) -> Article:
    """A clean article of one outlet (``صحيفة``) published on ``published``."""
    article = Article(id=article_id, title=title, text=text, raw=text, extracted=text, outlet="صحيفة",
                      published=published, url=f"https://example.org/{article_id}")
    (clean,) = load_articles([article], [])
    return clean


def prince_reports() -> list[Article]:
    """The three reports above, in the order published."""
    return [
        report("jordan", "ولي ولي العهد يصل إلى عمان", JORDAN, "2015-08-05"),
        report("expo", "افتتاح معرض القوات المسلحة لقطع الغيار", EXHIBITION, "2015-12-01"),
        report("council", "مجلس الشؤون الاقتصادية يقر برنامج التحول الوطني", COUNCIL, "2016-06-07"),
    ]


# Two reports on two subjects eight months apart, one writing the president's name ``عبد الفتاح`` and the
# other ``عبدالفتاح``.
CANAL = (
    "افتتح الرئيس المصري عبد الفتاح السيسي قناة السويس الجديدة في احتفال أقيم بمدينة الإسماعيلية بحضور عدد "
    "من الملوك والرؤساء وممثلي الدول.\n\n"
    "ويبلغ طول القناة الجديدة اثنين وسبعين كيلومترا، وتتوقع هيئة قناة السويس أن ترتفع إيرادات القناة إلى "
    "أكثر من ثلاثة عشر مليار دولار سنويا بحلول عام 2023.\n\n"
    "وعبرت السفن المجرى الجديد في الاتجاهين للمرة الأولى عقب الافتتاح."
)
BORDERS = (
    "وقعت مصر والسعودية اتفاقية لترسيم الحدود البحرية بين البلدين في القاهرة، بحضور الرئيس عبدالفتاح السيسي، "
    "في ختام زيارة استمرت خمسة أيام.\n\n"
    "وتضمنت الاتفاقية بنودا تنظم الملاحة والصيد في المياه الإقليمية، ووقع الجانبان معها سبع عشرة اتفاقية "
    "ومذكرة تفاهم في مجالات الإسكان والكهرباء والتعليم.\n\n"
    "وأحيلت الاتفاقية إلى مجلس النواب المصري للتصديق عليها."
)


def sisi_reports() -> list[Article]:
    """The two reports above, in the order published."""
    return [
        report("canal", "افتتاح قناة السويس الجديدة", CANAL, "2015-08-06"),
        report("borders", "اتفاقية لترسيم الحدود البحرية بين مصر والسعودية", BORDERS, "2016-04-10"),
    ]
